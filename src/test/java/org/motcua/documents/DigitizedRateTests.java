package org.motcua.documents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.governance.commitments.Indicator;
import org.motcua.governance.commitments.Indicators;
import org.motcua.governance.commitments.TargetKind;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The governance commitments' DIGITIZED_RATE target measured from this module's digitization facts. */
@IntegrationTest
class DigitizedRateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Indicators indicators;

	@Autowired
	Attachments attachments;

	Indicator digitizedRate() {
		int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		return indicators.measure(TargetKind.DIGITIZED_RATE, DossierFixture.COMMUNE, null, year,
				indicators.dossiersOf(DossierFixture.COMMUNE, year));
	}

	void attach(String code, String component) throws Exception {
		mvc.perform(multipart("/api/v1/dossiers/{code}/files", code)
				.file(new MockMultipartFile("file", component + ".pdf", "application/pdf", AttachmentsApiTests.pdf()))
				.param("componentCode", component)
				.header("Authorization", org.motcua.support.Tokens.bearer(mvc, DossierFixture.CLERK)))
			.andExpect(status().isCreated());
	}

	@Test
	void aDossierCountsAsDigitizedOnceEveryProvidedComponentHasAFile() throws Exception {
		Indicator before = digitizedRate();
		assertThat(before.measurable()).isTrue();
		DossierFixture fixture = new DossierFixture(mvc);
		String scanned = fixture.receive("Đỗ Thị Số Hóa", "040090007711").read("$.code");
		String partly = fixture.receive("Đỗ Văn Chưa Đủ", "040090007712").read("$.code");
		for (String component : List.of("GDN", "BB", "DN", "GCN")) {
			attach(scanned, component);
		}
		attach(partly, "GDN");

		Indicator after = digitizedRate();
		assertThat(after.denominator()).isEqualTo(before.denominator() + 2);
		assertThat(after.numerator()).isEqualTo(before.numerator() + 1);
		assertThat(after.value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(after.numerator() * 100)
			.divide(java.math.BigDecimal.valueOf(after.denominator()), 1, java.math.RoundingMode.HALF_UP));
		assertThat(attachments.list(org.motcua.organization.Caller.system(), scanned).digitized()).isTrue();
		assertThat(attachments.list(org.motcua.organization.Caller.system(), partly).digitized()).isFalse();
	}
}
