package org.motcua.governance;

import java.time.DayOfWeek;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.governance.tasks.TaskReminders;
import org.motcua.governance.tasks.Tasks;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TaskApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskReminders reminders;

	@Autowired
	Tasks tasks;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	long assign(String by, String body) throws Exception {
		String json = mvc.perform(post("/api/v1/governance/tasks").header("Authorization", as(by)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	static LocalDate nextSaturday(LocalDate from) {
		LocalDate d = from.plusDays(7);
		while (d.getDayOfWeek() != DayOfWeek.SATURDAY) {
			d = d.plusDays(1);
		}
		return d;
	}

	@Test
	void theAdministratorListsTasks() throws Exception {
		mvc.perform(get("/api/v1/governance/tasks").header("Authorization", as("admin")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber());
	}

	@Test
	void aDeadlineOnASaturdayIsMovedToTheNextWorkingDayAndTheTaskShowsInTheOfficialsOwnList() throws Exception {
		LocalDate saturday = nextSaturday(tasks.today());
		long id = assign("cchc.nghean", """
				{"title":"Rà soát thủ tục đất đai (test)","unitCode":"H41","agencyCode":"H41.07","assignee":"chuyenvien.nghean",
				 "deadline":"%s","priority":"HIGH"}""".formatted(saturday));
		mvc.perform(get("/api/v1/governance/tasks/" + id).header("Authorization", as("chuyenvien.nghean")))
			.andExpect(jsonPath("$.deadline").value(saturday.plusDays(2).toString()))
			.andExpect(jsonPath("$.status").value("NOT_STARTED"))
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.allowedActions").value(hasItem("REPORT")));
		mvc.perform(get("/api/v1/governance/tasks").param("assignee", "me").header("Authorization", as("chuyenvien.nghean")))
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
		mvc.perform(get("/api/v1/governance/tasks").param("assignee", "me").header("Authorization", as("truongphong.nghean")))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
		mvc.perform(get("/api/v1/governance/tasks").param("headOf", "true").header("Authorization", as("truongphong.nghean")))
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
	}

	@Test
	void anInvalidTaskIsRefusedWithEveryProblemAndClerksCannotAssign() throws Exception {
		mvc.perform(post("/api/v1/governance/tasks").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"H41\",\"assignee\":\"chuyenvien.doluong\",\"deadline\":\"2020-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title", "assignee", "deadline")));
		mvc.perform(post("/api/v1/governance/tasks").header("Authorization", as("tiepnhan.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"x\",\"unitCode\":\"H41\",\"assignee\":\"chuyenvien.nghean\",\"workingDays\":3}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/governance/tasks").header("Authorization", as("truongphong.doluong")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"x\",\"unitCode\":\"H41.21\",\"assignee\":\"chuyenvien.tanky\",\"workingDays\":3}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheResponsibleOfficialReportsProgressWithEvidenceAndAStaleVersionConflicts() throws Exception {
		long id = assign("cchc.nghean", """
				{"title":"Báo cáo CCHC quý (test)","unitCode":"H41","agencyCode":"H41.07","assignee":"chuyenvien.nghean","workingDays":5}""");
		mvc.perform(post("/api/v1/governance/tasks/" + id + "/progress").header("Authorization", as("truongphong.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"percent\":50,\"note\":\"x\",\"version\":0}"))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/governance/tasks/" + id + "/progress")
				.file(new MockMultipartFile("files", "bien-ban.pdf", "application/pdf", "%PDF-1.4 demo".getBytes()))
				.param("percent", "60").param("note", "Đã rà soát 30/50 thủ tục").param("version", "0")
				.header("Authorization", as("chuyenvien.nghean")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.percent").value(60))
			.andExpect(jsonPath("$.reports[0].evidence[0].fileName").value("bien-ban.pdf"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(post("/api/v1/governance/tasks/" + id + "/status").header("Authorization", as("chuyenvien.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.version").value(1));
		mvc.perform(post("/api/v1/governance/tasks/" + id + "/status").header("Authorization", as("chuyenvien.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\",\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.doneOnTime").value(true))
			.andExpect(jsonPath("$.percent").value(100));
		mvc.perform(post("/api/v1/governance/tasks/" + id + "/status").header("Authorization", as("truongphong.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CANCELLED\",\"note\":\"x\",\"version\":2}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/audit").param("target", String.valueOf(id)).param("action", "TASK_PROGRESS").header("Authorization", as("admin")))
			.andExpect(jsonPath("$.items[0].actor").value("chuyenvien.nghean"));
	}

	@Test
	void anOpenTaskIsRemindedBeforeItsDeadlineAndEscalatedOnceToTheHeadOfTheOwningOfficeWhenOverdue() throws Exception {
		long id = assign("cchc.nghean", """
				{"title":"Công khai kết quả giải quyết (test)","unitCode":"H41","agencyCode":"H41.07","assignee":"chuyenvien.nghean","workingDays":10}""");
		String json = mvc.perform(get("/api/v1/governance/tasks/" + id).header("Authorization", as("cchc.nghean"))).andReturn().getResponse().getContentAsString();
		LocalDate deadline = LocalDate.parse(JsonPath.read(json, "$.deadline"));

		reminders.runFor(deadline.minusDays(1));
		mvc.perform(get("/api/v1/governance/tasks/" + id).header("Authorization", as("chuyenvien.nghean")))
			.andExpect(jsonPath("$.remindedOn").value(deadline.minusDays(1).toString()))
			.andExpect(jsonPath("$.events[?(@.kind == 'REMINDER')].recipient").value(hasItem("chuyenvien.nghean")))
			.andExpect(jsonPath("$.escalatedTo").doesNotExist());

		reminders.runFor(deadline);
		mvc.perform(get("/api/v1/governance/tasks/" + id).header("Authorization", as("cchc.nghean")))
			.andExpect(jsonPath("$.escalatedTo").value(org.hamcrest.Matchers.nullValue()));

		reminders.runFor(deadline.plusDays(1));
		reminders.runFor(deadline.plusDays(2));
		mvc.perform(get("/api/v1/governance/tasks/" + id).header("Authorization", as("truongphong.nghean")))
			.andExpect(jsonPath("$.escalatedTo").value("truongphong.nghean"))
			.andExpect(jsonPath("$.escalatedOn").value(deadline.plusDays(1).toString()))
			.andExpect(jsonPath("$.events[?(@.kind == 'ESCALATION')]", org.hamcrest.Matchers.hasSize(1)));
		mvc.perform(get("/api/v1/audit").param("target", String.valueOf(id)).param("action", "TASK_ESCALATED").header("Authorization", as("admin")))
			.andExpect(jsonPath("$.items[0].summary").value(containsString("truongphong.nghean")));
	}

	@Test
	void theDemoCommuneHasAnOverdueTaskEscalatedToItsChairman() throws Exception {
		mvc.perform(get("/api/v1/governance/tasks").param("headOf", "true").param("overdue", "true").header("Authorization", as("chutich.xadoluong")))
			.andExpect(jsonPath("$.items[0].escalatedTo").value("chutich.xadoluong"))
			.andExpect(jsonPath("$.items[0].assignee").value("congchuc.xadoluong"));
	}

	@Test
	void myTasksPageListsTheOfficialsTasksAndTheHeadSeesTheUnitList() throws Exception {
		mvc.perform(get("/governance/tasks").with(user("congchuc.xadoluong").roles("SPECIALIST")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo số liệu hồ sơ trễ hạn quý III/2026 (demo)")));
		mvc.perform(get("/governance/tasks").param("view", "unit").with(user("chutich.xadoluong").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cập nhật danh mục TTHC niêm yết")));
		mvc.perform(get("/governance/tasks").with(user("chutich.xadoluong").roles("LEADER")))
			.andExpect(content().string(not(containsString("Cập nhật danh mục TTHC niêm yết"))));
	}

	@Test
	void theTaskPageOffersTheResponsibleOfficialTheProgressFormAndThePlanPageShowsTheRoadmap() throws Exception {
		long id = assign("cchc.nghean", """
				{"title":"Trang nhiệm vụ (test)","unitCode":"H41","agencyCode":"H41.07","assignee":"chuyenvien.nghean","workingDays":4}""");
		mvc.perform(get("/governance/tasks/" + id).with(user("chuyenvien.nghean").roles("SPECIALIST")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"progress-form\"")));
		mvc.perform(get("/governance/tasks/" + id).with(user("truongphong.nghean").roles("UNIT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"progress-form\""))))
			.andExpect(content().string(containsString("id=\"reassign\"")));
		mvc.perform(get("/governance/tasks/" + id).with(user("chuyenvien.doluong").roles("SPECIALIST")))
			.andExpect(status().isNotFound());
		String plans = mvc.perform(get("/api/v1/governance/plans").param("unitCode", "H41.20").param("year", "2024")
				.header("Authorization", as("chutich.doluong")))
			.andExpect(jsonPath("$[?(@.kind == 'YEARLY')].tasks").value(hasItem(4)))
			.andExpect(jsonPath("$[?(@.kind == 'YEARLY')].milestones[0].reached").value(hasItem(true)))
			.andReturn().getResponse().getContentAsString();
		java.util.List<Integer> yearly = JsonPath.read(plans, "$[?(@.kind == 'YEARLY')].id");
		int planId = yearly.get(0);
		mvc.perform(get("/governance/plans/" + planId).with(user("chutich.doluong").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quý I: rà soát quy trình nội bộ (demo)")));
	}
}
