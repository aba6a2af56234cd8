package org.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.documents.signing.PadesSigner;
import org.motcua.documents.signing.SignatureCheck;
import org.motcua.documents.signing.UnitKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** The signer and the check on their own, without Spring: a unit's self-signed key signs, the check agrees. */
class PadesSignerTests {

	@TempDir
	Path dir;

	static byte[] blankPdf() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(out);
		}
		return out.toByteArray();
	}

	@Test
	void aPdfSignedWithTheUnitsSelfSignedKeyChecksAsIntact() throws Exception {
		UnitKeys keys = new UnitKeys(dir, unit -> "secret".toCharArray(), true);
		UnitKeys.UnitKey key = keys.forUnit("H41.50", "Xã Đô Lương").orElseThrow();
		assertThat(Files.exists(dir.resolve("H41.50.p12"))).isTrue();
		byte[] signed = PadesSigner.sign(blankPdf(), key, "Xã Đô Lương", "Mẫu 01", "Đô Lương", Instant.parse("2026-02-13T03:00:00Z"));
		SignatureCheck.Outcome outcome = SignatureCheck.check(signed);
		assertThat(outcome.problem()).isNull();
		assertThat(outcome.intact()).isTrue();
		assertThat(outcome.signer()).isEqualTo("Xã Đô Lương");
		assertThat(outcome.certificateSubject()).isEqualTo("Xã Đô Lương (demo)");
		assertThat(outcome.signedAt()).isEqualTo(Instant.parse("2026-02-13T03:00:00Z"));
	}

	@Test
	void aUnitWithoutKeyStoreAndWithoutSelfSigningHasNoKey() {
		UnitKeys keys = new UnitKeys(dir, unit -> "secret".toCharArray(), false);
		assertThat(keys.forUnit("H41.50", "Xã Đô Lương")).isEmpty();
	}

	@Test
	void aKeyStoreOpenedWithTheWrongPasswordIsAClearError() {
		new UnitKeys(dir, unit -> "secret".toCharArray(), true).forUnit("H41.50", "Xã Đô Lương");
		UnitKeys wrong = new UnitKeys(dir, unit -> "wrong".toCharArray(), false);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> wrong.forUnit("H41.50", "Xã Đô Lương"))
			.hasMessageContaining("H41.50.p12");
	}
}
