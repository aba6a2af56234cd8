package org.motcua.documents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.motcua.documents.signing.SignatureCheck;
import org.springframework.stereotype.Service;

/**
 * Reports whether a signed PDF is intact, who signed it and when: the check behind the verification endpoint and
 * page. It does not decide whether the signer's certificate is trusted (the demo's certificates are self-signed;
 * a production deployment would check the chain against the national root, which is not built yet).
 */
@Service
public class SignatureVerification {

	/**
	 * @param valid the signature matches the signed bytes and the certificate it carries
	 * @param intact valid, and nothing was changed or appended after signing
	 * @param problem {@code not-signed}, {@code not-a-pdf}, {@code altered}, {@code changed-after-signing},
	 *        {@code no-certificate}, {@code malformed-signature}, or null
	 */
	public record Report(boolean valid, @Nullable String signer, @Nullable Instant signedAt, boolean intact,
			@Nullable String reason, @Nullable String location, @Nullable String certificateSubject,
			@Nullable Instant certificateValidTo, @Nullable String problem) {
	}

	public Report verify(byte[] pdf) {
		SignatureCheck.Outcome o = SignatureCheck.check(pdf);
		return new Report(o.valid(), o.signer(), o.signedAt(), o.intact(), o.reason(), o.location(), o.certificateSubject(),
				o.certificateValidTo(), o.problem());
	}
}
