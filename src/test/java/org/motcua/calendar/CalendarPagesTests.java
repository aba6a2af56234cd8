package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.motcua.organization.Organization;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calendar pages under security: the year view every official sees, the calculator (whole page and
 * htmx fragment), and the administrators' forms with messages next to their fields.
 */
@IntegrationTest
class CalendarPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingCalendars calendars;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	Organization organization;

	private Document page(String path, String username) throws Exception {
		String html = mvc.perform(get(path).with(user(username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	void theYearViewShowsTetHighlightedWithLunarDatesAndTheLegend() throws Exception {
		Document doc = page("/calendar/2026", "tiepnhan.doluong");
		assertThat(doc.selectFirst("h1").text()).isEqualTo("Lịch làm việc năm 2026");
		assertThat(doc.selectFirst("#year-status").text()).isEqualTo("Chính thức");
		assertThat(doc.select("table.month")).hasSize(12);
		var tet = doc.selectFirst("td[data-date=2026-02-17]");
		assertThat(tet.classNames()).contains("holiday");
		assertThat(tet.selectFirst(".lunar").text()).isEqualTo("1/1");
		assertThat(tet.attr("title")).isEqualTo("Tết Nguyên đán Bính Ngọ");
		assertThat(doc.selectFirst("td[data-date=2026-02-18] .lunar").text()).isEqualTo("2");
		assertThat(doc.selectFirst("td[data-date=2026-01-10]").classNames()).contains("working-saturday", "weekend");
		assertThat(doc.selectFirst("td[data-date=2026-01-02]").classNames()).contains("swapped-off");
		assertThat(doc.selectFirst("td[data-date=2026-04-27]").classNames()).contains("compensatory");
		assertThat(doc.selectFirst("td[data-date=2026-08-31]").classNames()).contains("swapped-off", "provisional");
		assertThat(doc.selectFirst("td[data-date=2026-03-02]").classNames()).containsOnly("day");
		assertThat(doc.selectFirst("#legend").text()).contains("Nghỉ lễ, Tết", "Nghỉ bù", "Nghỉ hoán đổi", "Thứ Bảy làm bù",
				"Chưa xác nhận", "ngày âm lịch");
		assertThat(doc.selectFirst("#previous-year").attr("href")).isEqualTo("/calendar/2025");
		assertThat(doc.selectFirst("#next-year").attr("href")).isEqualTo("/calendar/2027");
		assertThat(doc.text()).contains("Năm âm lịch Bính Ngọ", "Có 4 ngày chưa được xác nhận chính thức");
		assertThat(doc.selectFirst("#day-form")).as("no edit form for a clerk").isNull();
	}

	@Test
	void aYearWithoutANoticeSaysItIsProvisionalInTheChosenLanguage() throws Exception {
		String html = mvc.perform(get("/calendar/2030").with(user("tiepnhan.doluong")).cookie(new Cookie("motcua-lang", "en")))
			.andReturn().getResponse().getContentAsString();
		Document doc = Jsoup.parse(html);
		assertThat(doc.selectFirst("#year-status").text()).isEqualTo("Provisional");
		assertThat(doc.selectFirst("table.month caption").text()).isEqualTo("January");
		assertThat(doc.selectFirst("td[data-date=2030-02-04]").classNames()).contains("holiday", "provisional");
	}

	@Test
	void theCalendarOpensOnTheCurrentYear() throws Exception {
		int year = LocalDate.now(WorkingCalendar.ZONE).getYear();
		assertThat(page("/calendar", "tiepnhan.doluong").selectFirst("h1").text()).isEqualTo("Lịch làm việc năm " + year);
	}

	@Test
	void theCalculatorAnswersInPlaceThroughHtmx() throws Exception {
		String html = mvc.perform(get("/calendar/deadline").header("HX-Request", "true").with(user("tiepnhan.doluong"))
				.param("year", "2026").param("from", "2026-02-13T10:00").param("amount", "2").param("unit", "WORKING_DAYS")
				.param("unitCode", "H41.20"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn().getResponse().getContentAsString();
		Document doc = Jsoup.parse(html);
		assertThat(doc.selectFirst("#deadline-calculator")).isNotNull();
		assertThat(doc.selectFirst("#effective-start").text()).isEqualTo("Thứ Sáu 13/02/2026 10:00");
		assertThat(doc.selectFirst("#due").text()).contains("Thứ Ba 24/02/2026 10:00", "2026-02-24T10:00:00+07:00");
	}

	@Test
	void theCalculatorWorksWithoutScriptOnTheYearPage() throws Exception {
		Document doc = page("/calendar/2026?from=2026-03-02T09:00&amount=5&unit=CALENDAR_DAYS&unitCode=H41.20", "tiepnhan.doluong");
		assertThat(doc.selectFirst("#due strong").text()).isEqualTo("Hết ngày Thứ Hai 09/03/2026");
	}

	@Test
	void theCalculatorShowsEachProblemNextToItsField() throws Exception {
		String html = mvc.perform(get("/calendar/deadline").header("HX-Request", "true").with(user("tiepnhan.doluong"))
				.param("from", "hôm qua").param("amount", "1.3").param("unit", "WORKING_DAYS").param("unitCode", "H99"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Document doc = Jsoup.parse(html);
		assertThat(doc.selectFirst("#from-error").text()).contains("hôm qua");
		assertThat(doc.selectFirst("#amount-error").text()).isEqualTo("Số ngày làm việc phải là bội số của 0,5.");
		assertThat(doc.selectFirst("#unitCode-error").text()).isEqualTo("Không có đơn vị hành chính H99.");
		assertThat(doc.selectFirst("#amount").attr("aria-invalid")).isEqualTo("true");
		assertThat(doc.selectFirst("#deadline-result")).isNull();
	}

	@Test
	void anAdministratorSeesTheProblemNextToTheFieldAndNothingChanges() throws Exception {
		int version = calendars.year(2031).version();
		String html = mvc.perform(post("/calendar/2031/days").with(user("admin")).with(csrf())
				.param("date", "2031-03-03").param("kind", "WORKING_SATURDAY").param("name", "").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Document doc = Jsoup.parse(html);
		assertThat(doc.selectFirst("#date-error").text()).isEqualTo("Ngày làm bù phải là thứ Bảy; ngày 03/03/2031 không phải thứ Bảy.");
		assertThat(doc.selectFirst("#name-error").text()).isEqualTo("Trường này là bắt buộc.");
		assertThat(doc.selectFirst("#date").attr("aria-invalid")).isEqualTo("true");
		assertThat(calendars.year(2031).status()).isEqualTo(CalendarStatus.PROVISIONAL);
	}

	@Test
	void anAdministratorAddsAndRemovesADayOfAProvisionalYear() throws Exception {
		try {
			mvc.perform(post("/calendar/2031/days").with(user("admin")).with(csrf()).param("date", "2031-03-04")
					.param("kind", "HOLIDAY").param("name", "Ngày nghỉ thử nghiệm").param("version", String.valueOf(calendars.year(2031).version())))
				.andExpect(redirectedUrl("/calendar/2031"));
			CalendarYear year = calendars.year(2031);
			assertThat(year.status()).isEqualTo(CalendarStatus.OFFICIAL);
			assertThat(year.schedule().day(LocalDate.of(2031, 1, 1))).as("the rules' days are kept").isPresent();
			assertThat(calendars.standard().isWorkingDay(LocalDate.of(2031, 3, 4))).isFalse();
			assertThat(page("/calendar/2031", "admin").selectFirst("td[data-date=2031-03-04]").classNames()).contains("holiday");

			mvc.perform(post("/calendar/2031/days/2031-03-04/delete").with(user("admin")).with(csrf()).param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")));
			mvc.perform(post("/calendar/2031/days/2031-03-04/delete").with(user("admin")).with(csrf())
					.param("version", String.valueOf(calendars.year(2031).version())))
				.andExpect(redirectedUrl("/calendar/2031"));
			assertThat(calendars.standard().isWorkingDay(LocalDate.of(2031, 3, 4))).isTrue();
			mvc.perform(post("/calendar/2031/reset").with(user("admin")).with(csrf())
					.param("version", String.valueOf(calendars.year(2031).version())))
				.andExpect(redirectedUrl("/calendar/2031"));
			assertThat(calendars.year(2031).status()).isEqualTo(CalendarStatus.PROVISIONAL);
		}
		finally {
			if (calendars.year(2031).status() == CalendarStatus.OFFICIAL) {
				administration.resetYear(organization.caller("admin"), 2031, null);
			}
		}
	}

	@Test
	void officialsWithoutTheRoleSeeNoFormsAndTheServerRefusesThem() throws Exception {
		mvc.perform(post("/calendar/2031/days").with(user("quantri.doluong")).with(csrf()).param("date", "2031-03-04")
				.param("kind", "HOLIDAY").param("name", "Không được phép").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/calendar/hours/cut-off").with(user("quantri.doluong")).with(csrf()).param("unitCode", "H41.20")
				.param("enabled", "true").param("after", "15:00").param("version", "0"))
			.andExpect(status().isForbidden());
		Document hours = page("/calendar/hours", "quantri.doluong");
		assertThat(hours.selectFirst("#province").text()).isEqualTo("Tỉnh Nghệ An (H41)");
		assertThat(hours.selectFirst("#cut-off-form")).isNull();
		assertThat(hours.selectFirst("#period-form")).isNull();
	}

	@Test
	void theHoursPageShowsTheSessionsAndCutOffAndItsFormsShowProblemsNextToTheFields() throws Exception {
		Document hours = page("/calendar/hours?unitCode=H41.20.21", "admin");
		assertThat(hours.selectFirst("#session-periods").text()).contains("07:30–11:30", "13:30–17:00");
		assertThat(hours.selectFirst("#cut-off-state").text()).startsWith("Không áp dụng");
		String html = mvc.perform(post("/calendar/hours/periods").with(user("admin")).with(csrf()).param("unitCode", "H41.20.21")
				.param("validFrom", "").param("sessions[0].start", "11:00").param("sessions[0].end", "08:00")
				.param("sessions[1].start", "13:30").param("sessions[1].end", "17:00")
				.param("version", String.valueOf(calendars.sessions("H41").version())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Document doc = Jsoup.parse(html);
		assertThat(doc.selectFirst("#validFrom-error").text()).isEqualTo("Trường này là bắt buộc.");
		assertThat(doc.selectFirst("#session-1-error").text()).isEqualTo("Giờ kết thúc phải sau giờ bắt đầu.");
		assertThat(doc.selectFirst("#session-1").attr("aria-invalid")).isEqualTo("true");
		assertThat(calendars.sessions("H41").custom()).isFalse();
		html = mvc.perform(post("/calendar/hours/cut-off").with(user("admin")).with(csrf()).param("unitCode", "H41")
				.param("enabled", "true").param("after", "3 giờ chiều").param("version", String.valueOf(calendars.cutOff("H41").version())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).selectFirst("#after-error").text()).isEqualTo("Giờ 3 giờ chiều không đúng định dạng HH:mm.");
		assertThat(calendars.cutOff("H41").rule()).isNull();
	}

	@Test
	void aProvinceAdministratorChangesTheHoursFromThePage() throws Exception {
		try {
			mvc.perform(post("/calendar/hours/periods").with(user("admin")).with(csrf()).param("unitCode", "H41")
					.param("validFrom", "2026-05-01").param("sessions[0].start", "07:00").param("sessions[0].end", "11:00")
					.param("sessions[1].start", "").param("sessions[1].end", "")
					.param("version", String.valueOf(calendars.sessions("H41").version())))
				.andExpect(redirectedUrl("/calendar/hours?unitCode=H41"));
			ProvinceSessions sessions = calendars.sessions("H41.20");
			assertThat(sessions.custom()).isTrue();
			assertThat(sessions.schedule().periods()).hasSize(2);
			assertThat(sessions.schedule().sessionsOn(LocalDate.of(2026, 6, 1))).hasSize(1);
			assertThat(sessions.schedule().sessionsOn(LocalDate.of(2026, 4, 1))).hasSize(2);
			mvc.perform(post("/calendar/hours/cut-off").with(user("admin")).with(csrf()).param("unitCode", "H41")
					.param("enabled", "true").param("after", "15:00").param("version", String.valueOf(calendars.cutOff("H41").version())))
				.andExpect(redirectedUrl("/calendar/hours?unitCode=H41"));
			assertThat(page("/calendar/hours?unitCode=H41", "admin").selectFirst("#cut-off-state").text())
				.isEqualTo("Hồ sơ nhận sau 15:00 trong ngày làm việc được tính từ ngày làm việc tiếp theo.");
			mvc.perform(post("/calendar/hours/periods/2026-05-01/delete").with(user("admin")).with(csrf()).param("unitCode", "H41")
					.param("version", String.valueOf(calendars.sessions("H41").version())))
				.andExpect(redirectedUrl("/calendar/hours?unitCode=H41"));
			assertThat(calendars.sessions("H41").schedule().periods()).hasSize(1);
		}
		finally {
			var admin = organization.caller("admin");
			administration.replaceSessions(admin, "H41", List.of(), calendars.sessions("H41").version());
			administration.changeCutOff(admin, "H41", new CalendarCommands.CutOffChange(false, null), calendars.cutOff("H41").version());
		}
		assertThat(calendars.sessions("H41").custom()).isFalse();
		assertThat(calendars.cutOff("H41").rule()).isNull();
	}

	@Test
	void thePagesNeedSignIn() throws Exception {
		mvc.perform(get("/calendar/2026")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/calendar/hours").with(user("tiepnhan.doluong")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Giờ làm việc và giờ chốt nhận hồ sơ"), containsString("07:30–11:30"))));
	}
}
