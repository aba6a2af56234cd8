package org.motcua.documents.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 ("AWS4-HMAC-SHA256") with the JDK only: the canonical request, the string to sign, the
 * derived signing key and the signature, as the AWS documentation ("Create a signed AWS API request") defines them.
 * Used by {@link S3FileStore}; the tests check it against AWS's published examples.
 */
public final class SigV4 {

	public static final String ALGORITHM = "AWS4-HMAC-SHA256";

	/** The hash S3 expects in {@code x-amz-content-sha256} for an empty body. */
	public static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	private SigV4() {
	}

	/** Credentials and where they apply. */
	public record Credentials(String accessKeyId, String secretAccessKey, String region, String service) {

		@Override
		public String toString() {
			return "Credentials[" + accessKeyId + ", " + region + ", " + service + "]";
		}
	}

	/**
	 * A request to sign: {@code canonicalUri} already URI-encoded (S3 encodes each path segment once),
	 * {@code canonicalQuery} already sorted and encoded, {@code headers} those to sign (names in any case).
	 */
	public record Request(String method, String canonicalUri, String canonicalQuery, Map<String, String> headers,
			String payloadSha256) {
	}

	public static String canonicalRequest(Request request) {
		SortedMap<String, String> headers = canonicalHeaders(request.headers());
		StringBuilder sb = new StringBuilder();
		sb.append(request.method()).append('\n').append(request.canonicalUri()).append('\n')
			.append(request.canonicalQuery()).append('\n');
		headers.forEach((name, value) -> sb.append(name).append(':').append(value).append('\n'));
		sb.append('\n').append(signedHeaders(request.headers())).append('\n').append(request.payloadSha256());
		return sb.toString();
	}

	public static String signedHeaders(Map<String, String> headers) {
		return String.join(";", canonicalHeaders(headers).keySet());
	}

	private static SortedMap<String, String> canonicalHeaders(Map<String, String> headers) {
		SortedMap<String, String> canonical = new TreeMap<>();
		headers.forEach((name, value) -> canonical.put(name.toLowerCase(java.util.Locale.ROOT).trim(),
				value.trim().replaceAll(" +", " ")));
		return canonical;
	}

	/** {@code <yyyyMMdd>/<region>/<service>/aws4_request}. */
	public static String scope(String amzDate, Credentials credentials) {
		return amzDate.substring(0, 8) + "/" + credentials.region() + "/" + credentials.service() + "/aws4_request";
	}

	public static String stringToSign(String amzDate, String scope, String canonicalRequest) {
		return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
	}

	public static byte[] signingKey(String secretAccessKey, String date, String region, String service) {
		byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), date);
		key = hmac(key, region);
		key = hmac(key, service);
		return hmac(key, "aws4_request");
	}

	/** The hex signature of {@code request} at {@code amzDate} ({@code yyyyMMdd'T'HHmmss'Z'}). */
	public static String signature(Request request, String amzDate, Credentials credentials) {
		String stringToSign = stringToSign(amzDate, scope(amzDate, credentials), canonicalRequest(request));
		byte[] key = signingKey(credentials.secretAccessKey(), amzDate.substring(0, 8), credentials.region(), credentials.service());
		return HexFormat.of().formatHex(hmac(key, stringToSign));
	}

	/** The {@code Authorization} header value. */
	public static String authorization(Request request, String amzDate, Credentials credentials) {
		return ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope(amzDate, credentials) + ", SignedHeaders="
				+ signedHeaders(request.headers()) + ", Signature=" + signature(request, amzDate, credentials);
	}

	/** Parses an {@code Authorization} header into its parts (Credential, SignedHeaders, Signature), or an empty map. */
	public static Map<String, String> parseAuthorization(String header) {
		if (header == null || !header.startsWith(ALGORITHM + " ")) {
			return Map.of();
		}
		return java.util.Arrays.stream(header.substring(ALGORITHM.length() + 1).split(","))
			.map(String::trim).filter(p -> p.contains("="))
			.collect(Collectors.toMap(p -> p.substring(0, p.indexOf('=')), p -> p.substring(p.indexOf('=') + 1), (a, b) -> b));
	}

	/** Encodes a path (each segment, keeping the slashes) the way S3's canonical URI expects. */
	public static String encodePath(String path) {
		StringBuilder sb = new StringBuilder();
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
					|| c == '~' || c == '/') {
				sb.append((char) c);
			}
			else {
				sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
			}
		}
		return sb.toString();
	}

	public static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
