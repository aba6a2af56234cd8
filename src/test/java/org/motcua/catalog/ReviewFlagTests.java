package org.motcua.catalog;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A review concluding that a legal document expired flags the procedures citing it; an editor clears the flag with a note. */
@IntegrationTest
class ReviewFlagTests {

	@Autowired
	MockMvc mvc;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	void procedure(String code, String legalNumber) throws Exception {
		String body = CatalogJson.procedure(code, "Thủ tục thử căn cứ hết hiệu lực", "COMMUNE", "H41.52", "5", "ACTIVE", "2025-07-01")
			.replace("\"number\":\"01/2025/QĐ-UBND\"", "\"number\":\"" + legalNumber + "\"");
		mvc.perform(post("/api/v1/procedures").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
	}

	/** Waits for the catalogue to handle the event (delivered after the governance transaction commits). */
	/** The procedure's flags once the review's event has flagged it; fails after 20 seconds. */
	List<Integer> awaitFlags(String procedureCode) {
		return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
			.until(() -> awaitFlagsOnce(procedureCode), ids -> !ids.isEmpty());
	}

	@Test
	void aReviewConcludingADocumentExpiredFlagsTheProceduresCitingItAndAnEditorClearsTheFlagWithANote() throws Exception {
		String tag = Long.toString(System.nanoTime() % 100000);
		String number = "7" + tag + "/2019/QĐ-UBND";
		procedure("T-FLAG-" + tag, "Quyết định số " + number);
		procedure("T-NOFLAG-" + tag, "17" + tag + "/2019/QĐ-UBND");

		String doc = mvc.perform(post("/api/v1/governance/legal-documents").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"unitCode":"H41.20","issuer":"PEOPLES_COMMITTEE","number":"%s","kind":"DECISION","title":"Quy định thủ tục thử (test)",
						 "signedOn":"2019-05-02","effectiveOn":"2019-05-15"}""".formatted(number)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int documentId = JsonPath.read(doc, "$.id");
		String review = mvc.perform(post("/api/v1/governance/legal-reviews").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"unitCode":"H41.20","title":"Rà soát căn cứ thủ tục (test)","cutOff":"2023-12-31"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int reviewId = JsonPath.read(review, "$.id");
		mvc.perform(put("/api/v1/governance/legal-reviews/" + reviewId + "/conclusions/" + documentId).header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"conclusion\":\"EXPIRED_WHOLLY\",\"expiredOn\":\"2024-01-01\"}"))
			.andExpect(status().isOk());

		List<Integer> flags = awaitFlags("T-FLAG-" + tag);
		assertThat(flags).as("the citing procedure is flagged").hasSize(1);
		int flag = flags.get(0);
		mvc.perform(get("/api/v1/catalog/review-flags/" + flag).header("Authorization", as("tiepnhan.tanky")))
			.andExpect(jsonPath("$.documentNumber").value(number))
			.andExpect(jsonPath("$.documentId").value(documentId))
			.andExpect(jsonPath("$.documentUnit").value("H41.20"))
			.andExpect(jsonPath("$.partly").value(false))
			.andExpect(jsonPath("$.expiredOn").value("2024-01-01"))
			.andExpect(jsonPath("$.procedureName").value("Thủ tục thử căn cứ hết hiệu lực"))
			.andExpect(jsonPath("$.source").value(containsString("Rà soát căn cứ thủ tục (test)")))
			.andExpect(jsonPath("$.open").value(true));
		assertThat(awaitFlagsOnce("T-NOFLAG-" + tag)).as("a procedure citing another number is not flagged").isEmpty();

		mvc.perform(get("/catalog/review-flags").with(user("cchc.nghean").roles("REFORM_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("T-FLAG-" + tag)))
			.andExpect(content().string(containsString("id=\"flag-note-" + flag + "\"")));

		String clear = "/api/v1/catalog/review-flags/" + flag + "/clear";
		mvc.perform(post(clear).header("Authorization", as("tiepnhan.tanky")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"x\",\"version\":0}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(clear).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(post(clear).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"x\",\"version\":3}"))
			.andExpect(status().isConflict());
		mvc.perform(post(clear).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"Đã sửa đổi thủ tục, bỏ căn cứ hết hiệu lực (test)\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(false))
			.andExpect(jsonPath("$.clearedBy").value("cchc.nghean"))
			.andExpect(jsonPath("$.clearNote").value("Đã sửa đổi thủ tục, bỏ căn cứ hết hiệu lực (test)"));
		assertThat(awaitFlagsOnce("T-FLAG-" + tag)).as("no longer open").isEmpty();
		String cleared = mvc.perform(get("/api/v1/catalog/review-flags").param("status", "CLEARED").header("Authorization", as("cchc.nghean")))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(cleared, "$.items[*].id")).contains(flag);
		mvc.perform(post("/catalog/review-flags/" + flag + "/clear").param("note", "again").param("version", "1").with(csrf())
				.with(user("cchc.nghean").roles("REFORM_OFFICER")))
			.andExpect(status().is3xxRedirection());
	}

	List<Integer> awaitFlagsOnce(String procedureCode) throws Exception {
		String json = mvc.perform(get("/api/v1/catalog/review-flags").header("Authorization", as("cchc.nghean")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.items[?(@.procedureCode == '" + procedureCode + "')].id");
	}

	@Test
	void aLegalBasisCitesADocumentByItsNumberWhateverTheCaseAndSpacingAsAWholeWordButNotAnotherNumberContainingIt() {
		assertThat(ReviewFlags.cites("12/2019/QĐ-UBND", "12/2019/QĐ-UBND")).isTrue();
		assertThat(ReviewFlags.cites("Quyết định số 12/2019/QĐ-UBND", "12/2019/QĐ-UBND")).isTrue();
		assertThat(ReviewFlags.cites("12 / 2019 / qđ-ubnd", "12/2019/QĐ-UBND")).isTrue();
		assertThat(ReviewFlags.cites("112/2019/QĐ-UBND", "12/2019/QĐ-UBND")).isFalse();
		assertThat(ReviewFlags.cites("12/2019/QĐ-UBND ngày 2/5/2019, sửa đổi", "12/2019/QĐ-UBND")).isTrue();
		assertThat(ReviewFlags.cites("12/2019/QĐ-UBND-BS", "12/2019/QĐ-UBND")).isFalse();
		assertThat(ReviewFlags.cites(null, "12/2019/QĐ-UBND")).isFalse();
	}
}
