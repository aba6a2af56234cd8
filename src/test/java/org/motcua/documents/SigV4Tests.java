package org.motcua.documents;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.documents.storage.SigV4;

import static org.assertj.core.api.Assertions.assertThat;

/** The Signature Version 4 signer against the examples AWS publishes in its documentation. */
class SigV4Tests {

	@Test
	void theSigningKeyIsDerivedAsInTheAwsExample() {
		// "Examples of how to derive a signing key for Signature Version 4" (secret, 20120215, us-east-1, iam)
		byte[] key = SigV4.signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam");
		assertThat(HexFormat.of().formatHex(key)).isEqualTo("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
	}

	@Test
	void theS3GetObjectExampleOfTheAwsDocumentationGetsItsPublishedSignature() {
		// Amazon S3 API reference, "Signature Calculations for the Authorization Header: Example GET Object"
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Host", "examplebucket.s3.amazonaws.com");
		headers.put("Range", "bytes=0-9");
		headers.put("x-amz-content-sha256", SigV4.EMPTY_SHA256);
		headers.put("x-amz-date", "20130524T000000Z");
		var request = new SigV4.Request("GET", "/test.txt", "", headers, SigV4.EMPTY_SHA256);
		var credentials = new SigV4.Credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");

		assertThat(SigV4.canonicalRequest(request)).isEqualTo("""
				GET
				/test.txt

				host:examplebucket.s3.amazonaws.com
				range:bytes=0-9
				x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
				x-amz-date:20130524T000000Z

				host;range;x-amz-content-sha256;x-amz-date
				e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
		assertThat(SigV4.authorization(request, "20130524T000000Z", credentials)).isEqualTo(
				"AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
						+ "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
						+ "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
	}

	@Test
	void theGetVanillaCaseOfTheAwsTestSuiteGetsItsPublishedSignature() {
		Map<String, String> headers = Map.of("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z");
		var request = new SigV4.Request("GET", "/", "", headers, SigV4.EMPTY_SHA256);
		var credentials = new SigV4.Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service");
		assertThat(SigV4.signature(request, "20150830T123600Z", credentials))
			.isEqualTo("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
	}

	@Test
	void pathSegmentsAreEncodedOnceKeepingTheSlashes() {
		assertThat(SigV4.encodePath("2026/11/hồ sơ a+b.pdf")).isEqualTo("2026/11/h%E1%BB%93%20s%C6%A1%20a%2Bb.pdf");
	}
}
