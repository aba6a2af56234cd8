package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.motcua.organization.Organization;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators change the calendar through the API; deadlines computed afterwards follow, on this instance
 * at once and on the others after they poll the revision. Every test puts back what it changed (the tests
 * share one database): years 2031 and 2032 belong to these tests, and the sessions and cut-off of H41 go
 * back to the defaults.
 */
@IntegrationTest
class CalendarAdministrationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingCalendars calendars;

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	private String admin() {
		return Tokens.bearer(mvc, "admin");
	}

	private ResultActions send(String method, String token, String path, String json) throws Exception {
		var builder = switch (method) {
			case "PUT" -> put(path);
			case "DELETE" -> delete(path);
			default -> get(path);
		};
		builder.header("Authorization", token).header("Accept-Language", "en");
		if (json != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(builder);
	}

	private int version(String path) throws Exception {
		String body = send("GET", admin(), path, null).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.version");
	}

	private String due(String from, String amount, String unit, String unitCode) throws Exception {
		var request = get("/api/v1/calendar/deadline").header("Authorization", Tokens.bearer(mvc, "tiepnhan.doluong"))
			.param("from", from).param("amount", amount).param("unit", unit);
		if (unitCode != null) {
			request.param("unitCode", unitCode);
		}
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.due");
	}

	private void backToTheRules(int year) throws Exception {
		send("DELETE", admin(), "/api/v1/calendar/" + year, null);
	}

	private void defaultHoursOfH41() throws Exception {
		send("PUT", admin(), "/api/v1/calendar/sessions?unitCode=H41", """
				{"periods":[],"version":%d}""".formatted(version("/api/v1/calendar/sessions?unitCode=H41")))
			.andExpect(status().isOk());
		send("PUT", admin(), "/api/v1/calendar/cut-off?unitCode=H41", """
				{"enabled":false,"version":%d}""".formatted(version("/api/v1/calendar/cut-off?unitCode=H41")))
			.andExpect(status().isOk());
	}

	@Test
	void editingAYearChangesTheNextDeadlineAndIsAudited() throws Exception {
		try {
			assertThat(due("2031-03-03T09:00:00+07:00", "1", "WORKING_DAYS", null)).isEqualTo("2031-03-04T09:00:00+07:00");
			int version = version("/api/v1/calendar/2031");
			send("PUT", admin(), "/api/v1/calendar/2031", """
					{"days":[{"date":"2031-03-04","kind":"HOLIDAY","name":"Ngày nghỉ thử nghiệm"},
					         {"date":"2031-03-08","kind":"WORKING_SATURDAY","name":"Làm bù thử nghiệm","provisional":true}],
					 "version":%d}""".formatted(version))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("OFFICIAL"))
				.andExpect(jsonPath("$.version").value(version + 1))
				.andExpect(jsonPath("$.days[1].provisional").value(true));
			assertThat(due("2031-03-03T09:00:00+07:00", "1", "WORKING_DAYS", null)).isEqualTo("2031-03-05T09:00:00+07:00");
			assertThat(due("2031-03-06T09:00:00+07:00", "2", "WORKING_DAYS", "H41.20")).isEqualTo("2031-03-08T09:00:00+07:00");
			send("GET", admin(), "/api/v1/audit?action=CALENDAR_YEAR_CHANGED&target=2031", null)
				.andExpect(jsonPath("$.items[0].actor").value("admin"))
				.andExpect(jsonPath("$.items[0].targetType").value("CalendarYear"))
				.andExpect(jsonPath("$.items[0].summary").value(startsWith("2031: official, 2 special days; + 2031-03-04 HOLIDAY")));

			send("DELETE", admin(), "/api/v1/calendar/2031?version=" + (version + 1), null)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("PROVISIONAL"));
			assertThat(due("2031-03-03T09:00:00+07:00", "1", "WORKING_DAYS", null)).isEqualTo("2031-03-04T09:00:00+07:00");
			send("GET", admin(), "/api/v1/audit?action=CALENDAR_YEAR_RESET&target=2031", null)
				.andExpect(jsonPath("$.items[0].actor").value("admin"));
		}
		finally {
			backToTheRules(2031);
		}
	}

	@Test
	void aStaleVersionIsRefusedWithTheCurrentYearAndChangesNothing() throws Exception {
		try {
			int version = version("/api/v1/calendar/2031");
			String body = """
					{"days":[{"date":"2031-03-04","kind":"HOLIDAY","name":"%s"}],"version":%d}""";
			send("PUT", admin(), "/api/v1/calendar/2031", body.formatted("Lần một", version)).andExpect(status().isOk());
			send("PUT", admin(), "/api/v1/calendar/2031", body.formatted("Lần hai", version))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.current.version").value(version + 1))
				.andExpect(jsonPath("$.current.days[0].name").value("Lần một"));
			send("GET", admin(), "/api/v1/calendar/2031", null).andExpect(jsonPath("$.days[0].name").value("Lần một"));
			send("DELETE", admin(), "/api/v1/calendar/2031?version=" + version, null).andExpect(status().isConflict());
		}
		finally {
			backToTheRules(2031);
		}
	}

	@Test
	void reportsEveryInvalidDayAtOnceAndChangesNothing() throws Exception {
		int version = version("/api/v1/calendar/2031");
		send("PUT", admin(), "/api/v1/calendar/2031", """
				{"days":[{"date":"2032-01-01","kind":"HOLIDAY","name":"Sai năm"},
				         {"date":"2031-03-03","kind":"WORKING_SATURDAY","name":"Thứ Hai làm bù"},
				         {"date":"2031-03-08","kind":"COMPENSATORY","name":"Nghỉ bù thứ Bảy"},
				         {"date":"2031-03-10","kind":"HOLIDAY","name":"Một"},
				         {"date":"2031-03-10","kind":"HOLIDAY","name":"Trùng"},
				         {"date":"10/03/2031","kind":"LONG_WEEKEND","name":""}],
				 "version":%d}""".formatted(version))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("days[0].date", "days[1].date", "days[2].date",
					"days[4].date", "days[5].date", "days[5].kind", "days[5].name")))
			.andExpect(jsonPath("$.errors[?(@.field=='days[1].date')].message")
				.value(hasItem("A working Saturday must be a Saturday; 03/03/2031 is not.")));
		send("GET", admin(), "/api/v1/calendar/2031", null)
			.andExpect(jsonPath("$.status").value("PROVISIONAL"))
			.andExpect(jsonPath("$.version").value(version));
	}

	@Test
	void onlyASystemAdministratorChangesTheYears() throws Exception {
		String body = """
				{"days":[],"version":0}""";
		send("PUT", Tokens.bearer(mvc, "quantri.doluong"), "/api/v1/calendar/2031", body).andExpect(status().isForbidden());
		send("PUT", Tokens.bearer(mvc, "tiepnhan.doluong"), "/api/v1/calendar/2031", body).andExpect(status().isForbidden());
		send("DELETE", Tokens.bearer(mvc, "quantri.doluong"), "/api/v1/calendar/2026", null).andExpect(status().isForbidden());
		send("GET", admin(), "/api/v1/calendar/2026", null).andExpect(jsonPath("$.status").value("OFFICIAL"));
	}

	@Test
	void takingBackAYearWithoutAnOfficialScheduleIsNotFound() throws Exception {
		send("DELETE", admin(), "/api/v1/calendar/2033", null)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("The year 2033 has no official schedule."));
	}

	@Test
	void theProvinceSessionsChangeTheDeadlinesOfItsUnitsOnly() throws Exception {
		try {
			assertThat(due("2026-06-01T16:30:00+07:00", "1", "WORKING_HOURS", "H41.20.21")).isEqualTo("2026-06-02T08:00:00+07:00");
			send("PUT", admin(), "/api/v1/calendar/sessions?unitCode=H41.20.21", """
					{"periods":[{"validFrom":"2000-01-01","sessions":[{"start":"07:30","end":"11:30"},{"start":"13:30","end":"17:00"}]},
					            {"validFrom":"2026-05-01","sessions":[{"start":"07:00","end":"11:00"},{"start":"13:30","end":"16:30"}]}],
					 "version":%d}""".formatted(version("/api/v1/calendar/sessions?unitCode=H41")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.provinceCode").value("H41"))
				.andExpect(jsonPath("$.custom").value(true))
				.andExpect(jsonPath("$.periods[1].validFrom").value("2026-05-01"));
			// summer hours: the afternoon ends at 16:30, the next morning starts at 07:00
			assertThat(due("2026-06-01T16:30:00+07:00", "1", "WORKING_HOURS", "H41.20.21")).isEqualTo("2026-06-02T08:00:00+07:00");
			assertThat(due("2026-06-01T16:00:00+07:00", "1", "WORKING_HOURS", "H41.20.21")).isEqualTo("2026-06-02T07:30:00+07:00");
			assertThat(due("2026-06-01T16:00:00+07:00", "1", "WORKING_HOURS", null)).isEqualTo("2026-06-01T17:00:00+07:00");
			// before the summer period, the first period's hours
			assertThat(due("2026-04-01T16:00:00+07:00", "1", "WORKING_HOURS", "H41")).isEqualTo("2026-04-01T17:00:00+07:00");
			send("GET", admin(), "/api/v1/audit?action=CALENDAR_SESSIONS_CHANGED&target=H41", null)
				.andExpect(jsonPath("$.items[0].summary").value(containsString("2026-05-01 07:00–11:00, 13:30–16:30")));
		}
		finally {
			defaultHoursOfH41();
		}
		assertThat(due("2026-06-01T16:00:00+07:00", "1", "WORKING_HOURS", "H41.20.21")).isEqualTo("2026-06-01T17:00:00+07:00");
	}

	@Test
	void invalidSessionsAreReportedAgainstEachField() throws Exception {
		send("PUT", admin(), "/api/v1/calendar/sessions?unitCode=H41", """
				{"periods":[{"validFrom":"2026-05-01","sessions":[{"start":"07:30","end":"11:30"},{"start":"11:00","end":"17:00"}]},
				            {"validFrom":"2026-05-01","sessions":[{"start":"13:00","end":"12:00"}]},
				            {"validFrom":"2026-13-01","sessions":[]}],
				 "version":%d}""".formatted(version("/api/v1/calendar/sessions?unitCode=H41")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("periods[0].sessions[1].start",
					"periods[1].sessions[0].end", "periods[2].validFrom", "periods[2].sessions")));
		send("PUT", admin(), "/api/v1/calendar/sessions", """
				{"periods":[],"version":0}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		send("GET", admin(), "/api/v1/calendar/sessions?unitCode=H41", null).andExpect(jsonPath("$.custom").value(false));
	}

	@Test
	void theCutOffRuleStartsLateReceiptsOnTheNextWorkingDay() throws Exception {
		try {
			assertThat(due("2026-03-02T15:30:00+07:00", "1", "WORKING_HOURS", "H41.20")).isEqualTo("2026-03-02T16:30:00+07:00");
			send("PUT", admin(), "/api/v1/calendar/cut-off?unitCode=H41.20", """
					{"enabled":true,"after":"15:00","version":%d}""".formatted(version("/api/v1/calendar/cut-off?unitCode=H41")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.enabled").value(true))
				.andExpect(jsonPath("$.after").value("15:00"));
			assertThat(due("2026-03-02T15:30:00+07:00", "1", "WORKING_HOURS", "H41.20")).isEqualTo("2026-03-03T08:30:00+07:00");
			assertThat(due("2026-03-02T15:00:00+07:00", "1", "WORKING_HOURS", "H41.20")).isEqualTo("2026-03-02T16:00:00+07:00");
			assertThat(due("2026-03-02T15:30:00+07:00", "1", "WORKING_HOURS", null)).isEqualTo("2026-03-02T16:30:00+07:00");
			send("PUT", admin(), "/api/v1/calendar/cut-off?unitCode=H41", """
					{"enabled":true,"version":%d}""".formatted(version("/api/v1/calendar/cut-off?unitCode=H41")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("after"));
			send("GET", admin(), "/api/v1/audit?action=CALENDAR_CUT_OFF_CHANGED&target=H41", null)
				.andExpect(jsonPath("$.items[0].summary").value("Cut-off: off → after 15:00"));
		}
		finally {
			defaultHoursOfH41();
		}
		assertThat(due("2026-03-02T15:30:00+07:00", "1", "WORKING_HOURS", "H41.20")).isEqualTo("2026-03-02T16:30:00+07:00");
	}

	@Test
	void aUnitAdministratorOfADistrictMayNotChangeTheProvinceHours() throws Exception {
		send("PUT", Tokens.bearer(mvc, "quantri.doluong"), "/api/v1/calendar/sessions?unitCode=H41.20", """
				{"periods":[],"version":0}""").andExpect(status().isForbidden());
		send("PUT", Tokens.bearer(mvc, "quantri.doluong"), "/api/v1/calendar/cut-off?unitCode=H41.20", """
				{"enabled":true,"after":"15:00","version":0}""").andExpect(status().isForbidden());
		send("GET", admin(), "/api/v1/calendar/cut-off?unitCode=H41", null).andExpect(jsonPath("$.enabled").value(false));
	}

	@Test
	void reloadsTheCalendarsWhenAnotherInstanceBumpedTheRevision() {
		try {
			calendars.standard();
			long before = calendars.loadedRevision();
			// another instance writes 2032 and bumps the revision in the same transaction; first only the data
			tx.executeWithoutResult(s -> {
				jdbc.sql("INSERT INTO calendar.year_schedule (year, status, version, updated_by) VALUES (2032, 'OFFICIAL', 1, 'elsewhere')").update();
				jdbc.sql("INSERT INTO calendar.special_day (day, year, kind, name) VALUES ('2032-03-02', 2032, 'HOLIDAY', 'Nghỉ ở nơi khác')").update();
			});
			calendars.refresh();
			assertThat(calendars.loadedRevision()).as("no reload without a new revision").isEqualTo(before);
			assertThat(calendars.year(2032).status()).isEqualTo(CalendarStatus.PROVISIONAL);

			jdbc.sql("UPDATE calendar.revision SET value = value + 1 WHERE id = 1").update();
			calendars.refresh();
			assertThat(calendars.loadedRevision()).isEqualTo(before + 1);
			assertThat(calendars.year(2032).status()).isEqualTo(CalendarStatus.OFFICIAL);
			assertThat(calendars.forUnit("H41.20").isWorkingDay(LocalDate.of(2032, 3, 2))).isFalse();
		}
		finally {
			jdbc.sql("DELETE FROM calendar.year_schedule WHERE year = 2032").update();
			jdbc.sql("UPDATE calendar.revision SET value = value + 1 WHERE id = 1").update();
			calendars.refresh();
		}
		assertThat(calendars.year(2032).status()).isEqualTo(CalendarStatus.PROVISIONAL);
	}

	@Test
	void aStaleEditReloadsTheCalendarsWithoutWaitingForThePoll() throws Exception {
		try {
			calendars.standard();
			tx.executeWithoutResult(s -> {
				jdbc.sql("INSERT INTO calendar.year_schedule (year, status, version, updated_by) VALUES (2032, 'OFFICIAL', 1, 'elsewhere')").update();
				jdbc.sql("UPDATE calendar.revision SET value = value + 1 WHERE id = 1").update();
			});
			send("PUT", admin(), "/api/v1/calendar/2032", """
					{"days":[],"version":0}""")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.current.version").value(1));
			send("GET", admin(), "/api/v1/calendar/2032", null)
				.andExpect(jsonPath("$.status").value("OFFICIAL"))
				.andExpect(jsonPath("$.version").value(1));
		}
		finally {
			jdbc.sql("DELETE FROM calendar.year_schedule WHERE year = 2032").update();
			jdbc.sql("UPDATE calendar.revision SET value = value + 1 WHERE id = 1").update();
			calendars.refresh();
		}
	}

	@Test
	void recomputingAnIssuedDueDateUsesTheCalendarInForceAndIsAudited() throws Exception {
		Instant from = Instant.parse("2026-02-13T03:00:00Z");
		Deadline deadline = tx.execute(s -> calendars.recompute(organization.caller("admin"), "Dossier", "H41.20-TEST-0001",
				"H41.20", from, new BigDecimal("2"), DurationUnit.WORKING_DAYS, Instant.parse("2026-02-17T03:00:00Z"),
				"Lịch nghỉ Tết thay đổi"));
		assertThat(deadline.due()).isEqualTo(Instant.parse("2026-02-24T03:00:00Z"));
		send("GET", admin(), "/api/v1/audit?action=DEADLINE_RECOMPUTED&target=H41.20-TEST-0001", null)
			.andExpect(jsonPath("$.items[0].summary").value(startsWith(
					"Due 2026-02-17T10:00:00+07:00 → 2026-02-24T10:00:00+07:00 (2 WORKING_DAYS from 2026-02-13T10:00:00+07:00")));
	}
}
