package org.motcua.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.Caller;
import org.motcua.reporting.ReportQuery;
import org.motcua.reporting.Reports;
import org.motcua.support.EventPublications;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Applicants' ratings and feedback about dossiers reach the reports: five dossiers returned at the commune today, four rated (three satisfied,
 * one not; one reporting charges beyond the law). The commune's figures are shared with the other tests, so the
 * indicator 5.4 counts are compared before and after; each dossier's Circular 01 points are exact.
 */
@IntegrationTest
class RatingFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void fourRatingsOfFiveReturnedDossiersMoveIndicator54AndTheCircular01ScoresByExactlyThoseDossiersAndOnceOnly()
			throws Exception {
		PortalDossiers dossiers = new PortalDossiers(mvc, jdbc);
		EventPublications.awaitCompleted(jdbc);
		long[] before = indicator54();
		Reports.RatingCounts ratingsBefore = ratings();

		String a = dossiers.returned("Nguyễn Văn Một", "040090101001", "0911000001").read("$.code");
		String b = dossiers.returned("Trần Thị Hai", "040090101002", "0911000002").read("$.code");
		String c = dossiers.returned("Lê Văn Ba", "040090101003", "0911000003").read("$.code");
		String d = dossiers.returned("Phạm Thị Bốn", "040090101004", "0911000004").read("$.code");
		String e = dossiers.returned("Hoàng Văn Năm", "040090101005", "0911000005").read("$.code");
		rate(dossiers, a, true, 0, 0, "GOOD", false);
		rate(dossiers, b, true, 1, 1, "ACCEPTABLE", false);
		rate(dossiers, c, true, 2, 2, "GOOD", true);
		rate(dossiers, d, false, 0, 1, "POOR", false);
		EventPublications.awaitCompleted(jdbc);

		// all five finished early today: 5 more in the denominator, 4 more in time and not disliked
		long[] after = indicator54();
		assertThat(after[1] - before[1]).as("5.4 denominator").isEqualTo(5);
		assertThat(after[0] - before[0]).as("5.4 numerator").isEqualTo(4);
		DocumentContext card = card();
		Map<String, Object> i54 = card.<List<Map<String, Object>>>read("$.groups[*].indicators[?(@.code == '5.4')]").get(0);
		double r = (double) after[0] / after[1];
		assertThat(new BigDecimal(i54.get("rate").toString()))
			.isEqualByComparingTo(BigDecimal.valueOf(r * 100).setScale(2, RoundingMode.HALF_UP));
		assertThat(new BigDecimal(i54.get("points").toString()))
			.isEqualByComparingTo(BigDecimal.valueOf(6 * Math.min(1.0, r / 0.9)).setScale(2, RoundingMode.HALF_UP));
		assertThat(i54.get("measurable")).isEqualTo(true);
		assertThat(i54.get("weightBasis")).isEqualTo("sourced");

		Reports.RatingCounts ratingsAfter = ratings();
		assertThat(ratingsAfter.rated() - ratingsBefore.rated()).isEqualTo(4);
		assertThat(ratingsAfter.satisfied() - ratingsBefore.satisfied()).isEqualTo(3);
		assertThat(ratingsAfter.extraCharges() - ratingsBefore.extraCharges()).isEqualTo(1);

		DocumentContext s = scores();
		assertThat(points(s, a)).containsExactly(2, 2, 2, 2);
		assertThat(points(s, b)).containsExactly(2, 1, 1, 2);
		assertThat(points(s, c)).containsExactly(2, 0, 0, 0);
		assertThat(points(s, d)).containsExactly(2, 2, 1, 0);
		assertThat(points(s, e)).containsExactly(2, 2, null, 2);
		assertThat(s.read("$.dossiers[?(@.code == '" + d + "')].rating.satisfied", List.class)).containsExactly(false);
		assertThat(s.read("$.dossiers[?(@.code == '" + e + "')].rating", List.class)).containsExactly((Object) null);
		List<Map<String, Object>> all = s.read("$.dossiers");
		List<Map<String, Object>> rated = all.stream().filter(x -> x.get("rating") != null).toList();
		assertThat(s.read("$.dossiersRated", Integer.class)).isEqualTo(rated.size());
		// the commune received dossiers this quarter and applies procedures: indicator 9 (online services) is measured too
		// and indicator 2 from the steps the dossiers went through
		assertThat(s.read("$.maxMeasurable", Integer.class)).isEqualTo(14);
		assertThat(s.read("$.indicators[?(@.measurable == true)].number", List.class)).containsExactly(1, 2, 3, 4, 7, 8, 9);
		long sum4 = rated.stream().mapToLong(x -> ((Number) x.get("indicator4")).longValue()).sum();
		assertThat(new BigDecimal(s.read("$.indicators[3].average").toString()))
			.isEqualByComparingTo(BigDecimal.valueOf(sum4).divide(BigDecimal.valueOf(rated.size()), 1, RoundingMode.HALF_UP));

		// the listener's event delivered again (as the publication registry does after a crash) changes nothing
		Map<String, Object> row = jdbc.sql("SELECT * FROM portal.rating WHERE dossier_code = :c").param("c", d).query().singleRow();
		PortalEvents.DossierRated again = new PortalEvents.DossierRated(d, (String) row.get("receiving_unit_code"),
				(String) row.get("procedure_code"), false, 0, 1, Rating.Attitude.POOR, false, true, true,
				((java.sql.Timestamp) row.get("rated_at")).toInstant());
		new TransactionTemplate(transactions).executeWithoutResult(t -> events.publishEvent(again));
		new TransactionTemplate(transactions).executeWithoutResult(t -> events.publishEvent(again));
		EventPublications.awaitCompleted(jdbc);
		assertThat(indicator54()).containsExactly(after);
		assertThat(ratings()).isEqualTo(ratingsAfter);
		assertThat(jdbc.sql("SELECT count(*) FROM reporting.rating_fact WHERE dossier_code = :c").param("c", d).query(Long.class).single())
			.isEqualTo(1);

		List<String> dissatisfied = JsonPath.parse(mvc.perform(get("/api/v1/reports/summary/dossiers")
				.header("Authorization", Tokens.bearer(mvc, PortalDossiers.CHAIRMAN)).param("unitCode", PortalDossiers.COMMUNE)
				.param("from", today().toString()).param("to", today().toString()).param("metric", "finished.dissatisfied"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).read("$");
		assertThat(dissatisfied).contains(d).doesNotContain(a, b, c, e);

		String page = mvc.perform(get("/reports/dashboard?unitCode=H41.50").with(user(PortalDossiers.CHAIRMAN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"kpi-satisfaction\"").containsAnyOf(
				ratingsAfter.satisfied() + " trên " + ratingsAfter.rated(), ratingsAfter.satisfied() + " of " + ratingsAfter.rated());
		String publicPage = mvc.perform(get("/public/reports?unitCode=H41.50")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(publicPage).contains("id=\"public-satisfaction\"", ratingsAfter.satisfiedRate() + " %").doesNotContain(a, d);
		String scoresPage = mvc.perform(get("/reports/scores?unitCode=H41.50").with(user(PortalDossiers.CHAIRMAN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(scoresPage).contains("data-code=\"" + c + "\"", "id=\"scores-ratings\"");
	}

	@Autowired
	FeedbackService feedback;

	@Test
	void answeredFeedbackAboutADossiersHandlingCountsAgainst54AndRefusedFeedbackDoesNot() throws Exception {
		PortalDossiers dossiers = new PortalDossiers(mvc, jdbc);
		String answered = dossiers.returned("Đinh Văn Phản Ánh", "040090101006", "0911000006").read("$.code");
		String refused = dossiers.returned("Đinh Thị Từ Chối", "040090101007", "0911000007").read("$.code");
		EventPublications.awaitCompleted(jdbc);
		long[] before = indicator54();

		long a = feedback.submit(aboutDossier(answered)).id();
		long r = feedback.submit(aboutDossier(refused)).id();
		act(a, "ACCEPT", 0, "");
		act(a, "ANSWER", 1, ",\"answer\":\"Đã xin lỗi và hướng dẫn lại.\"");
		act(r, "REFUSE", 0, ",\"note\":\"Không thuộc thẩm quyền\"");
		EventPublications.awaitCompleted(jdbc);

		long[] after = indicator54();
		assertThat(after[1]).as("5.4 denominator").isEqualTo(before[1]);
		assertThat(before[0] - after[0]).as("5.4 numerator: one dossier with answered feedback").isEqualTo(1);
		List<String> dissatisfied = JsonPath.parse(mvc.perform(get("/api/v1/reports/summary/dossiers")
				.header("Authorization", Tokens.bearer(mvc, PortalDossiers.CHAIRMAN)).param("unitCode", PortalDossiers.COMMUNE)
				.param("from", today().toString()).param("to", today().toString()).param("metric", "finished.dissatisfied"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).read("$");
		assertThat(dissatisfied).contains(answered).doesNotContain(refused);
	}

	private static FeedbackSubmission aboutDossier(String code) {
		return new FeedbackSubmission(FeedbackSubmission.Topic.DOSSIER_HANDLING, PortalDossiers.COMMUNE, code, null, null,
				"Cán bộ hẹn nhiều lần mới trả kết quả.", false, "Đinh Văn Phản Ánh", "0911000006", null);
	}

	private void act(long id, String action, int version, String extra) throws Exception {
		mvc.perform(post("/api/v1/feedback/{id}/actions", id).header("Authorization", Tokens.bearer(mvc, PortalDossiers.SPECIALIST))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra)))
			.andExpect(status().isOk());
	}

	private void rate(PortalDossiers dossiers, String code, boolean satisfied, int contacts, int agencies, String attitude,
			boolean extraCharges) throws Exception {
		mvc.perform(post("/api/v1/public/dossiers/{code}/rating", code).with(r -> {
			r.setRemoteAddr("10.78.0.1");
			return r;
		}).param("pin", dossiers.pin(code)).contentType(MediaType.APPLICATION_JSON).content("""
				{"satisfied":%s,"contacts":%d,"agencies":%d,"attitude":"%s","extraCharges":%s,"onTime":true,"informationAccurate":true}"""
			.formatted(satisfied, contacts, agencies, attitude, extraCharges))).andExpect(status().isCreated());
	}

	private static LocalDate today() {
		return LocalDate.now(WorkingCalendar.ZONE);
	}

	private DocumentContext card() throws Exception {
		return JsonPath.parse(mvc.perform(get("/api/v1/reports/indicators766?unitCode=H41.50&from={f}&to={t}", today(), today())
			.header("Authorization", Tokens.bearer(mvc, "admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/** Numerator and denominator of indicator 5.4 for the commune today. */
	private long[] indicator54() throws Exception {
		DocumentContext card = card();
		List<Number> n = card.read("$.groups[*].indicators[?(@.code == '5.4')].numerator");
		List<Number> d = card.read("$.groups[*].indicators[?(@.code == '5.4')].denominator");
		return new long[] { n.get(0).longValue(), d.get(0).longValue() };
	}

	private Reports.RatingCounts ratings() {
		return reports.ratings(Caller.system(), new ReportQuery(PortalDossiers.COMMUNE, today(), today(), null, null));
	}

	private DocumentContext scores() throws Exception {
		LocalDate today = today();
		return JsonPath.parse(mvc.perform(get("/api/v1/reports/scores").header("Authorization", Tokens.bearer(mvc, PortalDossiers.CHAIRMAN))
				.param("unitCode", PortalDossiers.COMMUNE).param("quarter", today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/** Indicators 1, 3, 4 and 7 of one scored dossier. */
	private static List<Object> points(DocumentContext s, String code) {
		List<Map<String, Object>> found = s.read("$.dossiers[?(@.code == '" + code + "')]");
		assertThat(found).as(code).hasSize(1);
		Map<String, Object> x = found.get(0);
		return java.util.Arrays.asList(x.get("indicator1"), x.get("indicator3"), x.get("indicator4"), x.get("indicator7"));
	}
}
