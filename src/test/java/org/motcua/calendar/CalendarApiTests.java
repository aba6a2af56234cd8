package org.motcua.calendar;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The read side of the calendar API, as every official uses it: years, deadlines and lunar dates.
 */
@IntegrationTest
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	private ResultActions call(String path, String... params) throws Exception {
		var request = get(path).header("Authorization", Tokens.bearer(mvc, "tiepnhan.doluong")).header("Accept-Language", "en");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	@Test
	void servesTheShippedOfficialScheduleOf2026() throws Exception {
		call("/api/v1/calendar/2026")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.status").value("OFFICIAL"))
			.andExpect(jsonPath("$.days[?(@.date=='2026-02-16')].kind").value(hasItem("HOLIDAY")))
			.andExpect(jsonPath("$.days[?(@.date=='2026-02-16')].name").value(hasItem("Tết Nguyên đán Bính Ngọ")))
			.andExpect(jsonPath("$.days[?(@.date=='2026-01-10')].kind").value(hasItem("WORKING_SATURDAY")))
			.andExpect(jsonPath("$.days[?(@.date=='2026-01-02')].kind").value(hasItem("SWAPPED_OFF")))
			.andExpect(jsonPath("$.days[?(@.date=='2026-04-27')].kind").value(hasItem("COMPENSATORY")))
			.andExpect(jsonPath("$.days[?(@.date=='2026-08-31')].provisional").value(hasItem(true)))
			.andExpect(jsonPath("$.days[?(@.date=='2026-02-16')].provisional").value(hasItem(false)))
			.andExpect(jsonPath("$.days", hasSize(16)));
	}

	@Test
	void servesTheShippedOfficialSchedulesOf2024And2025() throws Exception {
		call("/api/v1/calendar/2024")
			.andExpect(jsonPath("$.status").value("OFFICIAL"))
			.andExpect(jsonPath("$.days[?(@.date=='2024-04-29')].kind").value(hasItem("SWAPPED_OFF")))
			.andExpect(jsonPath("$.days[?(@.date=='2024-05-04')].kind").value(hasItem("WORKING_SATURDAY")));
		call("/api/v1/calendar/2025")
			.andExpect(jsonPath("$.status").value("OFFICIAL"))
			.andExpect(jsonPath("$.days[?(@.date=='2025-01-27')].kind").value(hasItem("HOLIDAY")))
			.andExpect(jsonPath("$.days[?(@.date=='2025-04-26')].kind").value(hasItem("WORKING_SATURDAY")));
	}

	@Test
	void aYearWithoutANoticeIsProvisionalFromTheLabourCodeRules() throws Exception {
		call("/api/v1/calendar/2030")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PROVISIONAL"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.days[*].provisional").value(everyItem(is(true))))
			.andExpect(jsonPath("$.days[?(@.date=='2030-09-02')].kind").value(hasItem("HOLIDAY")));
	}

	@Test
	void aYearOutsideTheCalendarIsABadRequestNamingTheYear() throws Exception {
		call("/api/v1/calendar/2200")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value("The calendar covers the years 1900 to 2199."));
		call("/api/v1/calendar/1899").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void computesATwentyWorkingDayDeadlineAcrossTet() throws Exception {
		call("/api/v1/calendar/deadline", "from", "2026-02-10T10:00:00+07:00", "amount", "20", "unit", "WORKING_DAYS")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-02-10T10:00:00+07:00"))
			.andExpect(jsonPath("$.effectiveStart").value("2026-02-10T10:00:00+07:00"))
			.andExpect(jsonPath("$.due").value("2026-03-17T10:00:00+07:00"));
	}

	@Test
	void aDeadlineReceivedBeforeTetEndsAfterTheBreak() throws Exception {
		call("/api/v1/calendar/deadline", "from", "2026-02-13T10:00:00+07:00", "amount", "2", "unit", "WORKING_DAYS",
				"unitCode", "H41.20")
			.andExpect(jsonPath("$.due").value("2026-02-24T10:00:00+07:00"));
	}

	@Test
	void readsAnInstantWithoutOffsetAsVietnamTimeAndAnswersWithTheOffset() throws Exception {
		call("/api/v1/calendar/deadline", "from", "2026-03-02T09:00", "amount", "3", "unit", "WORKING_DAYS")
			.andExpect(jsonPath("$.from").value("2026-03-02T09:00:00+07:00"))
			.andExpect(jsonPath("$.due").value("2026-03-05T09:00:00+07:00"));
		call("/api/v1/calendar/deadline", "from", "2026-03-02T02:00:00Z", "amount", "3", "unit", "WORKING_DAYS")
			.andExpect(jsonPath("$.from").value("2026-03-02T09:00:00+07:00"));
	}

	@Test
	void startsTheClockAtTheNextSessionAndEndsCalendarPeriodsAtMidnight() throws Exception {
		call("/api/v1/calendar/deadline", "from", "2026-03-07T10:00:00+07:00", "amount", "4", "unit", "WORKING_HOURS")
			.andExpect(jsonPath("$.effectiveStart").value("2026-03-09T07:30:00+07:00"))
			.andExpect(jsonPath("$.due").value("2026-03-09T11:30:00+07:00"));
		call("/api/v1/calendar/deadline", "from", "2026-03-02T09:00:00+07:00", "amount", "5", "unit", "CALENDAR_DAYS")
			.andExpect(jsonPath("$.due").value("2026-03-09T23:59:59.999999999+07:00"));
		// one month from 31/3 ends on 30/4, a holiday, so at the end of the next working day (Civil Code Art. 148(3), (5))
		call("/api/v1/calendar/deadline", "from", "2026-03-31T09:00:00+07:00", "amount", "1", "unit", "MONTHS")
			.andExpect(jsonPath("$.due").value("2026-05-04T23:59:59.999999999+07:00"));
	}

	@ParameterizedTest(name = "from={0} amount={1} unit={2} unitCode={3} → {4}")
	@CsvSource(nullValues = "-", value = {
			"2026-03-02T09:00:00+07:00, 3,       FORTNIGHTS,    -,      unit",
			"2026-03-02T09:00:00+07:00, -2,      WORKING_DAYS,  -,      amount",
			"2026-03-02T09:00:00+07:00, 1.3,     WORKING_DAYS,  -,      amount",
			"2026-03-02T09:00:00+07:00, 1.5,     CALENDAR_DAYS, -,      amount",
			"2026-03-02T09:00:00+07:00, two,     WORKING_DAYS,  -,      amount",
			"2026-03-02T09:00:00+07:00, 1000000, WORKING_DAYS,  -,      amount",
			"02/03/2026 09:00,          3,       WORKING_DAYS,  -,      from",
			"2300-03-02T09:00:00+07:00, 3,       WORKING_DAYS,  -,      from",
			"2026-03-02T09:00:00+07:00, 3,       WORKING_DAYS,  H99.99, unitCode",
			"-,                         3,       WORKING_DAYS,  -,      from",
			"2026-03-02T09:00:00+07:00, -,       WORKING_DAYS,  -,      amount",
			"2026-03-02T09:00:00+07:00, 3,       -,             -,      unit" })
	void badDeadlineInputIsAProblemNamingTheField(String from, String amount, String unit, String unitCode, String field)
			throws Exception {
		var request = get("/api/v1/calendar/deadline").header("Authorization", Tokens.bearer(mvc, "tiepnhan.doluong"));
		if (from != null) {
			request.param("from", from);
		}
		if (amount != null) {
			request.param("amount", amount);
		}
		if (unit != null) {
			request.param("unit", unit);
		}
		if (unitCode != null) {
			request.param("unitCode", unitCode);
		}
		mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	@Test
	void missingParametersAreAllReportedAtOnce() throws Exception {
		call("/api/v1/calendar/deadline")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "amount", "unit")));
	}

	@Test
	void convertsSolarDatesToVietnameseLunarDates() throws Exception {
		call("/api/v1/calendar/lunar", "date", "2026-02-17")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lunarYear").value(2026))
			.andExpect(jsonPath("$.lunarMonth").value(1))
			.andExpect(jsonPath("$.lunarDay").value(1))
			.andExpect(jsonPath("$.leapMonth").value(false))
			.andExpect(jsonPath("$.canChi").value("Bính Ngọ"));
		call("/api/v1/calendar/lunar", "date", "1985-01-21")
			.andExpect(jsonPath("$.lunarYear").value(1985))
			.andExpect(jsonPath("$.lunarMonth").value(1))
			.andExpect(jsonPath("$.lunarDay").value(1))
			.andExpect(jsonPath("$.canChi").value("Ất Sửu"));
		call("/api/v1/calendar/lunar", "date", "2023-03-22")
			.andExpect(jsonPath("$.lunarMonth").value(2))
			.andExpect(jsonPath("$.lunarDay").value(1))
			.andExpect(jsonPath("$.leapMonth").value(true))
			.andExpect(jsonPath("$.canChi").value("Quý Mão"));
	}

	@Test
	void aMalformedOrUnreachableLunarDateIsAProblemNamingTheDate() throws Exception {
		call("/api/v1/calendar/lunar", "date", "17/02/2026")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		call("/api/v1/calendar/lunar", "date", "1900-01-15")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		call("/api/v1/calendar/lunar").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
	}

	@Test
	void sessionsAndCutOffDefaultToTheStandardOnesForAProvinceThatSetNone() throws Exception {
		call("/api/v1/calendar/sessions")
			.andExpect(jsonPath("$.provinceCode").doesNotExist())
			.andExpect(jsonPath("$.custom").value(false))
			.andExpect(jsonPath("$.periods[0].sessions[0].start").value("07:30"))
			.andExpect(jsonPath("$.periods[0].sessions[1].end").value("17:00"));
		call("/api/v1/calendar/cut-off", "unitCode", "H41.21")
			.andExpect(jsonPath("$.provinceCode").value("H41"))
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.after").doesNotExist());
		call("/api/v1/calendar/sessions", "unitCode", "H99").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
	}

	@Test
	void theCalendarApiNeedsAToken() throws Exception {
		mvc.perform(get("/api/v1/calendar/2026"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}
}
