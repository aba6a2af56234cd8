package org.motcua.governance;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LegalReviewTests {

	@Autowired
	MockMvc mvc;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	@Test
	void withoutUnitOrReviewTheSummaryCountsTheWholeRegistryByStatus() throws Exception {
		String all = mvc.perform(get("/api/v1/governance/legal-documents").header("Authorization", as("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int total = com.jayway.jsonpath.JsonPath.read(all, "$.total");
		int expired = com.jayway.jsonpath.JsonPath.<List<?>>read(all, "$.items[?(@.status == 'EXPIRED_WHOLLY' || @.status == 'EXPIRED_PARTLY')]").size();
		mvc.perform(get("/api/v1/governance/legal-documents/summary").header("Authorization", as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").doesNotExist())
			.andExpect(jsonPath("$.documents").value(total))
			.andExpect(jsonPath("$.expired").value(expired));
	}

	@Test
	void tanKysReviewCountsTwentyOneExpiredFourteenInForceOneAmendmentAndNoAbolition() throws Exception {
		mvc.perform(get("/api/v1/governance/legal-documents/summary").param("unitCode", "H41.21").header("Authorization", as("chuyenvien.tanky")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inForce").value(14))
			.andExpect(jsonPath("$.expired").value(21))
			.andExpect(jsonPath("$.proposedAmendment").value(1))
			.andExpect(jsonPath("$.proposedAbolition").value(0))
			.andExpect(jsonPath("$.documents").value(35))
			.andExpect(jsonPath("$.notReviewed").value(0))
			.andExpect(jsonPath("$.byConclusion.IN_FORCE").value(13));
		mvc.perform(get("/api/v1/governance/legal-documents").param("unitCode", "H41.21").param("status", "EXPIRED_WHOLLY")
				.header("Authorization", as("admin")))
			.andExpect(jsonPath("$.total").value(21))
			.andExpect(jsonPath("$.items[0].issuerClosed").value(true));
	}

	long document(String unit, String number, String signedOn) throws Exception {
		String json = mvc.perform(post("/api/v1/governance/legal-documents").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"unitCode":"%s","issuer":"PEOPLES_COMMITTEE","number":"%s","kind":"DECISION","title":"Văn bản thử (test)",
						 "signedOn":"%s","effectiveOn":"%s"}""".formatted(unit, number, signedOn, signedOn)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("IN_FORCE"))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	@Test
	void conclusionsUpdateTheRegistryAndTheCountsAndAConcludedReviewNoLongerChanges() throws Exception {
		String tag = Long.toString(System.nanoTime() % 100000);
		long partly = document("H41.20", tag + "-1/2015/QĐ-UBND", "2015-03-02");
		long abolish = document("H41.20", tag + "-2/2018/QĐ-UBND", "2018-06-11");
		long open = document("H41.20", tag + "-3/2020/QĐ-UBND", "2020-09-01");
		long later = document("H41.20", tag + "-4/2024/QĐ-UBND", "2024-02-01");
		String json = mvc.perform(post("/api/v1/governance/legal-reviews").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"unitCode":"H41.20","title":"Rà soát thử (test)","cutOff":"2023-12-31"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int review = JsonPath.read(json, "$.id");
		String path = "/api/v1/governance/legal-reviews/" + review + "/conclusions/";

		mvc.perform(put(path + partly).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"conclusion\":\"EXPIRED_PARTLY\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiredOn"));
		mvc.perform(put(path + later).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"conclusion\":\"IN_FORCE\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("documentId"));
		mvc.perform(put(path + partly).header("Authorization", as("tiepnhan.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"conclusion\":\"IN_FORCE\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put(path + partly).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"conclusion\":\"EXPIRED_PARTLY\",\"expiredOn\":\"2022-07-01\",\"note\":\"Điều 5 bị thay thế\"}"))
			.andExpect(status().isOk());
		mvc.perform(put(path + abolish).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"conclusion\":\"PROPOSE_ABOLITION\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.documents").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
			.andExpect(jsonPath("$.summary.expired").value(1))
			.andExpect(jsonPath("$.summary.expiredPartly").value(1))
			.andExpect(jsonPath("$.summary.inForce").value(1))
			.andExpect(jsonPath("$.summary.proposedAbolition").value(1))
			.andExpect(jsonPath("$.summary.reviewed").value(2));
		mvc.perform(get("/api/v1/governance/legal-documents/" + partly).header("Authorization", as("chutich.doluong")))
			.andExpect(jsonPath("$.status").value("EXPIRED_PARTLY")).andExpect(jsonPath("$.expiredOn").value("2022-07-01"));
		mvc.perform(get("/api/v1/governance/legal-documents/expired").param("unitCode", "H41.20").param("year", "2022")
				.header("Authorization", as("chutich.doluong")))
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) partly)));
		mvc.perform(get("/api/v1/governance/legal-documents/summary").param("reviewId", String.valueOf(review))
				.header("Authorization", as("chutich.doluong")))
			.andExpect(jsonPath("$.proposedAbolition").value(1));

		mvc.perform(put("/api/v1/governance/legal-reviews/" + review).header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"conclude\":true,\"version\":5}"))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/governance/legal-reviews/" + review).header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"conclude\":true,\"version\":0}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONCLUDED"));
		mvc.perform(put(path + open).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"conclusion\":\"IN_FORCE\"}"))
			.andExpect(status().isConflict());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/governance/legal-documents/" + partly)
				.param("version", "1").header("Authorization", as("cchc.nghean")))
			.andExpect(status().isConflict());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/governance/legal-documents/" + later)
				.param("version", "0").header("Authorization", as("cchc.nghean")))
			.andExpect(status().isNoContent());
	}

	@Test
	void aDocumentIsRefusedWithEveryProblemAndTheFormShowsThemNextToTheFields() throws Exception {
		mvc.perform(post("/api/v1/governance/legal-documents").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"H41.21\",\"signedOn\":\"2020-05-01\",\"effectiveOn\":\"2020-04-01\",\"status\":\"EXPIRED_WHOLLY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("issuer", "kind", "number", "title",
					"effectiveOn", "expiredOn")));
		mvc.perform(post("/governance/legal/documents").with(user("cchc.nghean").roles("REFORM_OFFICER"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("unitCode", "H41.21").param("issuer", "PEOPLES_COMMITTEE").param("kind", "DECISION").param("title", "x")
				.param("signedOn", "2020-05-01").param("effectiveOn", "2020-05-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"number-error\"")));
	}

	@Test
	void theReviewPageShowsTheCounts() throws Exception {
		String json = mvc.perform(get("/api/v1/governance/legal-reviews").param("unitCode", "H41.21").header("Authorization", as("admin")))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(json, "$[0].id");
		mvc.perform(get("/governance/legal/reviews/" + id).with(user("chuyenvien.tanky").roles("SPECIALIST")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong id=\"summary-expired\">21</strong>")))
			.andExpect(content().string(containsString("<strong id=\"summary-in-force\">14</strong>")));
	}
}
