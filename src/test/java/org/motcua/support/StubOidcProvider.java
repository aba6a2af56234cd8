package org.motcua.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID Connect provider for tests, on the loopback interface only (no external network): discovery, JWKS,
 * an authorization endpoint that answers at once with a code (or the error it was told to give), a token endpoint
 * that checks the client's secret and the PKCE verifier and returns an RS256-signed ID token carrying the
 * request's nonce, and userinfo. The test context's {@code motcua.citizen.oidc.issuer-uri} points here
 * ({@code application-test.yml}, port {@code MOTCUA_TEST_OIDC_PORT}, default {@value #DEFAULT_PORT}).
 */
public final class StubOidcProvider implements AutoCloseable {

	public static final int DEFAULT_PORT = 29096;

	public static final String CLIENT_ID = "motcua-test";

	public static final String CLIENT_SECRET = "stub-secret";

	private static final RSAKey KEY = newKey();

	/** A person at the provider: the claims put in the ID token and answered by userinfo. */
	public record Person(String subject, Map<String, Object> claims) {
	}

	private record Grant(String clientId, String redirectUri, String nonce, String codeChallenge, Person person) {
	}

	private final HttpServer server;

	private final String issuer;

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final Map<String, Person> accessTokens = new ConcurrentHashMap<>();

	private volatile Person next = new Person("nobody", Map.of());

	private volatile String error;

	private volatile boolean tamperSignature;

	private volatile Map<String, String> lastAuthorizationRequest = Map.of();

	private StubOidcProvider(int port) throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		issuer = "http://127.0.0.1:" + port + "/stub-oidc";
		server.createContext("/stub-oidc/.well-known/openid-configuration", this::discovery);
		server.createContext("/stub-oidc/jwks", x -> json(x, 200, new JWKSet(KEY.toPublicJWK()).toJSONObject()));
		server.createContext("/stub-oidc/authorize", this::authorize);
		server.createContext("/stub-oidc/token", this::token);
		server.createContext("/stub-oidc/userinfo", this::userinfo);
		server.start();
	}

	/** Starts the provider on the port the test context was configured with. */
	public static StubOidcProvider start() throws IOException {
		String port = System.getenv("MOTCUA_TEST_OIDC_PORT");
		return new StubOidcProvider(port == null || port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.trim()));
	}

	public String issuer() {
		return issuer;
	}

	/** Who signs in next; {@code error} (e.g. {@code access_denied}) makes the authorization endpoint refuse. */
	public void willSignIn(Person person) {
		this.next = person;
		this.error = null;
		this.tamperSignature = false;
	}

	public void willAnswerWithError(String error) {
		this.error = error;
	}

	/** The next ID token's payload is altered after signing, so its signature no longer matches. */
	public void willTamperWithTheIdTokenSignature() {
		this.tamperSignature = true;
	}

	/** The query parameters of the last authorization request. */
	public Map<String, String> lastAuthorizationRequest() {
		return lastAuthorizationRequest;
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void discovery(HttpExchange x) throws IOException {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("issuer", issuer);
		d.put("authorization_endpoint", issuer + "/authorize");
		d.put("token_endpoint", issuer + "/token");
		d.put("jwks_uri", issuer + "/jwks");
		d.put("userinfo_endpoint", issuer + "/userinfo");
		d.put("response_types_supported", List.of("code"));
		d.put("subject_types_supported", List.of("public"));
		d.put("id_token_signing_alg_values_supported", List.of("RS256"));
		d.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
		d.put("scopes_supported", List.of("openid", "profile", "email"));
		d.put("code_challenge_methods_supported", List.of("S256"));
		d.put("grant_types_supported", List.of("authorization_code"));
		json(x, 200, d);
	}

	private void authorize(HttpExchange x) throws IOException {
		Map<String, String> q = form(x.getRequestURI().getRawQuery());
		lastAuthorizationRequest = q;
		String redirect = q.get("redirect_uri");
		String state = q.get("state");
		String target;
		if (error != null) {
			target = redirect + "?error=" + enc(error) + "&state=" + enc(state);
		}
		else {
			String code = UUID.randomUUID().toString();
			codes.put(code, new Grant(q.get("client_id"), redirect, q.get("nonce"), q.get("code_challenge"), next));
			target = redirect + "?code=" + enc(code) + "&state=" + enc(state);
		}
		x.getResponseHeaders().add("Location", target);
		x.sendResponseHeaders(302, -1);
		x.close();
	}

	private void token(HttpExchange x) throws IOException {
		Map<String, String> f = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String basic = "Basic " + Base64.getEncoder().encodeToString((enc(CLIENT_ID) + ":" + enc(CLIENT_SECRET)).getBytes(StandardCharsets.UTF_8));
		if (!basic.equals(x.getRequestHeaders().getFirst("Authorization"))) {
			json(x, 401, Map.of("error", "invalid_client"));
			return;
		}
		Grant grant = codes.remove(String.valueOf(f.get("code")));
		if (grant == null || !"authorization_code".equals(f.get("grant_type")) || !grant.redirectUri().equals(f.get("redirect_uri"))
				|| f.get("code_verifier") == null || !s256(f.get("code_verifier")).equals(grant.codeChallenge())) {
			json(x, 400, Map.of("error", "invalid_grant"));
			return;
		}
		String accessToken = UUID.randomUUID().toString();
		accessTokens.put(accessToken, grant.person());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", accessToken);
		body.put("token_type", "Bearer");
		body.put("expires_in", 300);
		body.put("scope", "openid profile email");
		body.put("id_token", idToken(grant));
		json(x, 200, body);
	}

	private void userinfo(HttpExchange x) throws IOException {
		String auth = x.getRequestHeaders().getFirst("Authorization");
		Person person = auth == null || !auth.startsWith("Bearer ") ? null : accessTokens.get(auth.substring(7));
		if (person == null) {
			json(x, 401, Map.of("error", "invalid_token"));
			return;
		}
		Map<String, Object> claims = new LinkedHashMap<>(person.claims());
		claims.put("sub", person.subject());
		json(x, 200, claims);
	}

	private String idToken(Grant grant) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(grant.person().subject())
			.audience(grant.clientId()).issueTime(java.util.Date.from(now)).expirationTime(java.util.Date.from(now.plusSeconds(300)))
			.claim("nonce", grant.nonce());
		grant.person().claims().forEach(claims::claim);
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims.build());
			jwt.sign(new RSASSASigner(KEY));
			String token = jwt.serialize();
			if (tamperSignature) {
				String[] parts = token.split("\\.");
				Map<String, Object> altered = new LinkedHashMap<>(claims.build().toJSONObject());
				altered.put("sub", grant.person().subject() + "-altered");
				parts[1] = Base64.getUrlEncoder().withoutPadding()
					.encodeToString(JSONObjectUtils.toJSONString(altered).getBytes(StandardCharsets.UTF_8));
				token = String.join(".", parts);
			}
			return token;
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void json(HttpExchange x, int status, Map<String, ?> body) throws IOException {
		byte[] bytes = JSONObjectUtils.toJSONString(new LinkedHashMap<String, Object>(body)).getBytes(StandardCharsets.UTF_8);
		x.getResponseHeaders().add("Content-Type", "application/json");
		x.getResponseHeaders().add("Cache-Control", "no-store");
		x.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = x.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> form(String raw) {
		Map<String, String> map = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return map;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			map.put(k, v);
		}
		return map;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String s256(String verifier) {
		try {
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("stub-" + UUID.randomUUID()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
