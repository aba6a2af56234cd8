package org.motcua.portal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FeedbackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedbackService feedback;

	static FeedbackSubmission aboutRules() {
		return new FeedbackSubmission(FeedbackSubmission.Topic.PROCEDURE_RULES, "H41.50", null, "H41-X-HKD-031", null,
				"Thành phần hồ sơ yêu cầu bản sao chứng thực không cần thiết.", false, "Nguyễn Văn Góp Ý", "0912000111", null);
	}

	static LocalDate local(java.time.Instant at) {
		return at.atZone(WorkingCalendar.ZONE).toLocalDate();
	}

	@Test
	void feedbackDeadlinesCountWorkingDaysOnTheUnitsCalendar() {
		var monday = LocalDateTime.of(2026, 6, 1, 9, 0).atZone(WorkingCalendar.ZONE).toInstant();
		FeedbackService.Received r = feedback.submit(aboutRules(), monday);
		assertThat(r.refuseBy()).as("counted from the time of receipt, like dossier deadlines")
			.isEqualTo(LocalDateTime.of(2026, 6, 3, 9, 0).atZone(WorkingCalendar.ZONE).toInstant());
		assertThat(local(r.requestInfoBy())).isEqualTo(LocalDate.of(2026, 6, 8));
		assertThat(local(r.answerBy())).as("15 working days skip three weekends").isEqualTo(LocalDate.of(2026, 6, 22));
		assertThat(r.trackingCode()).matches("PA-[A-Z2-9]{10}");
	}

	@Test
	void feedbackDeadlinesSkipPublicHolidays() {
		var wednesday = LocalDateTime.of(2026, 4, 29, 9, 0).atZone(WorkingCalendar.ZONE).toInstant();
		FeedbackService.Received r = feedback.submit(aboutRules(), wednesday);
		assertThat(local(r.refuseBy())).as("30/4 and 1/5 are days off, then the weekend").isEqualTo(LocalDate.of(2026, 5, 5));
	}

	@Test
	void aConductReportMayBeAnonymousAndThenKeepsNoContact() throws Exception {
		String body = """
				{"topic":"OFFICIAL_CONDUCT","unitCode":"H41.50","officialName":"Cán bộ tiếp nhận quầy 2",
				 "content":"Yêu cầu nộp thêm tiền ngoài quy định.","anonymous":true,"contactName":"Tên Thật","contactPhone":"0912333444"}""";
		String tracking = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/public/feedback")
				.with(r -> { r.setRemoteAddr("10.79.0.1"); return r; }).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value("H41.50"))
			.andExpect(jsonPath("$.answerBy").isNotEmpty())
			.andReturn().getResponse().getContentAsString(), "$.trackingCode");
		assertThat(jdbc.sql("SELECT coalesce(contact_name, '') || coalesce(contact_phone, '') FROM portal.feedback WHERE tracking_code = :t")
			.param("t", tracking).query(String.class).single()).isEmpty();
	}

	@Test
	void onlyConductReportsMayBeAnonymousAndTheUnitMustExist() throws Exception {
		FeedbackSubmission r = aboutRules();
		FeedbackSubmission anonymousRules = new FeedbackSubmission(r.topic(), r.unitCode(), null, r.procedureCode(), null,
				r.content(), true, null, null, null);
		assertThatThrownBy(() -> feedback.submit(anonymousRules)).isInstanceOf(org.motcua.shared.InvalidInputException.class);
		mvc.perform(post("/api/v1/public/feedback").with(q -> { q.setRemoteAddr("10.79.0.2"); return q; })
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"topic\":\"DOSSIER_HANDLING\",\"unitCode\":\"ZZ.99\",\"dossierCode\":\"X\",\"content\":\"Chậm\",\"anonymous\":false}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
	}
}
