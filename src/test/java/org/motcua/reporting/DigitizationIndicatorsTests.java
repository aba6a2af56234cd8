package org.motcua.reporting;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.reporting.ReportingFixture.CHAIRMAN;
import static org.motcua.reporting.ReportingFixture.CLERK;
import static org.motcua.reporting.ReportingFixture.COMMUNE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Decision 766 group 4 from the documents module's events: a dossier with every component scanned and an
 * electronic result counts as digitized with an electronic result; one that reuses an earlier file counts as reusing.
 */
@IntegrationTest
class DigitizationIndicatorsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void scansResultsAndReusedFilesMoveTheDigitizationIndicatorsByExactlyTheirDossiers() throws Exception {
		ReportingFixture f = new ReportingFixture(mvc);
		LocalDate today = ReportingFixture.today();
		long[] before = group4(f, today);

		DocumentContext x = f.receive("COUNTER", null, "");
		String xCode = x.read("$.code");
		for (String component : List.of("GDN", "BB", "DN", "GCN")) {
			upload(xCode, "componentCode", component);
		}
		f.finish(x);
		upload(xCode, "purpose", "RESULT");

		DocumentContext y = f.receive("COUNTER", null, "");
		String yCode = y.read("$.code");
		List<String> offers = JsonPath.parse(mvc.perform(get("/api/v1/dossiers/{code}/reuse-offers", yCode)
				.header("Authorization", Tokens.bearer(mvc, CLERK))).andReturn().getResponse().getContentAsString())
			.read("$[?(@.componentCode == 'GDN')].fileId");
		mvc.perform(post("/api/v1/dossiers/{code}/files/reuse", yCode).header("Authorization", Tokens.bearer(mvc, CLERK))
				.contentType(MediaType.APPLICATION_JSON).content("{\"fileId\":\"%s\",\"componentCode\":\"GDN\"}".formatted(offers.get(0))))
			.andExpect(status().isCreated());

		// 4.1: +1 of +1 finished; 4.2: +1 of +2 received; 4.3: +1 of +2 received
		long[] expected = { before[0] + 1, before[1] + 1, before[2] + 1, before[3] + 2, before[4] + 1, before[5] + 2 };
		// the read model follows the documents module's events after their transactions commit
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(group4(f, today)).containsExactly(expected));
	}

	private void upload(String code, String param, String value) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(out);
		}
		mvc.perform(multipart("/api/v1/dossiers/{code}/files", code)
				.file(new MockMultipartFile("file", value.toLowerCase() + ".pdf", "application/pdf", out.toByteArray()))
				.param(param, value).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isCreated());
	}

	/** Numerators and denominators of 4.1, 4.2 and 4.3 for today at the commune. */
	private long[] group4(ReportingFixture f, LocalDate today) throws Exception {
		DocumentContext sc = f.report("indicators766", CHAIRMAN, COMMUNE, today, today);
		long[] v = new long[6];
		for (int i = 0; i < 3; i++) {
			Number num = sc.read("$.groups[3].indicators[" + i + "].numerator");
			Number den = sc.read("$.groups[3].indicators[" + i + "].denominator");
			v[2 * i] = num.longValue();
			v[2 * i + 1] = den.longValue();
		}
		return v;
	}
}
