package org.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.DocumentContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.motcua.documents.DossierFixture.CLERK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PAdES signatures of the issued forms: a signed form verifies with the unit as signer; a byte changed inside the
 * signed range, a form re-saved by another tool, or a page appended after signing do not pass as intact.
 */
@IntegrationTest
class SignatureTests {

	@Autowired
	MockMvc mvc;

	byte[] signedReceipt(String name, String citizenId) throws Exception {
		DocumentContext d = new DossierFixture(mvc).receive(name, citizenId);
		return mvc.perform(get("/api/v1/dossiers/{code}/forms/receipt", d.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	ResultActions verify(byte[] pdf) throws Exception {
		return mvc.perform(multipart("/api/v1/signatures/verify").file(new MockMultipartFile("file", "form.pdf", "application/pdf", pdf))
			.header("Authorization", Tokens.bearer(mvc, CLERK)));
	}

	@Test
	void aSignedReceiptVerifiesAsIntactAndNamesTheUnitAsSigner() throws Exception {
		byte[] pdf = signedReceipt("Hồ Thị Chữ Ký", "040190004455");
		verify(pdf).andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.signer").value("Xã Đô Lương"))
			.andExpect(jsonPath("$.signedAt").exists())
			.andExpect(jsonPath("$.reason").value("Mẫu 01"))
			.andExpect(jsonPath("$.problem").doesNotExist());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
		}
	}

	@Test
	void aByteChangedInsideTheSignedContentBreaksTheSignature() throws Exception {
		byte[] pdf = signedReceipt("Hồ Văn Sửa Đổi", "040090004466");
		int[] range;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			range = document.getLastSignatureDictionary().getByteRange();
		}
		byte[] altered = pdf.clone();
		int at = range[1] / 2;
		altered[at] = (byte) (altered[at] ^ 0x01);
		verify(altered).andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.problem").value("altered"));
	}

	@Test
	void aPageAppendedAfterSigningIsReportedAsAChangeAfterSigning() throws Exception {
		byte[] pdf = signedReceipt("Hồ Văn Thêm Trang", "040090004477");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDPage page = new PDPage();
			document.addPage(page);
			document.getPages().getCOSObject().setNeedToBeUpdated(true);
			document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
			document.saveIncremental(out);
		}
		verify(out.toByteArray()).andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.problem").value("changed-after-signing"));
	}

	@Test
	void aFileThatIsNotSignedOrNotAPdfIsReportedAsSuch() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(out);
		}
		verify(out.toByteArray()).andExpect(jsonPath("$.valid").value(false)).andExpect(jsonPath("$.problem").value("not-signed"));
		verify("not a pdf".getBytes(StandardCharsets.UTF_8)).andExpect(jsonPath("$.problem").value("not-a-pdf"));
		mvc.perform(multipart("/api/v1/signatures/verify").header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void theVerificationPageShowsTheSigner() throws Exception {
		byte[] pdf = signedReceipt("Hồ Thị Trang Kiểm Tra", "040190004488");
		mvc.perform(multipart("/signatures/verify").file(new MockMultipartFile("file", "mau-01.pdf", "application/pdf", pdf))
				.with(user(CLERK)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verify-intact\"")))
			.andExpect(content().string(containsString("Xã Đô Lương")));
		mvc.perform(get("/signatures/verify").with(user(CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("verify-form")));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).satisfies(s -> assertThat(s).is(new org.assertj.core.api.Condition<>(x -> x.startsWith("%PDF-"), "a PDF")));
	}
}
