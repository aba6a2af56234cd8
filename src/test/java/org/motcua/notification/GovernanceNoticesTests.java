package org.motcua.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.governance.tasks.TaskReminders;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.organization.UnitCommands.NewOfficial;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Governance's task events become notices through the event publication registry (asynchronous). */
@IntegrationTest
class GovernanceNoticesTests {

	static final String HEAD = "truongphong.nghean";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskReminders reminders;

	@Autowired
	Organization organization;

	/** A specialist of the land office (H41.07) with an e-mail address, so the e-mail channel is exercised too. */
	String newSpecialistWithEmail() {
		String username = "chuyenvien.test" + ThreadLocalRandom.current().nextInt(1_000_000);
		organization.createOfficial(Caller.system(), new NewOfficial(username, "Chuyên Viên Nhắc Hạn", "Chuyên viên", "H41", "H41.07",
				username + "@example.test", null, Set.of(Role.SPECIALIST)));
		return username;
	}

	long assign(String assignee, int workingDays) throws Exception {
		String json = mvc.perform(post("/api/v1/governance/tasks").header("Authorization", Tokens.bearer(mvc, "cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"title":"Cập nhật trang CCHC (thông báo test)","unitCode":"H41","agencyCode":"H41.07","assignee":"%s","workingDays":%d}"""
					.formatted(assignee, workingDays)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	LocalDate deadlineOf(long id) throws Exception {
		String json = mvc.perform(get("/api/v1/governance/tasks/" + id).header("Authorization", Tokens.bearer(mvc, "cchc.nghean")))
			.andReturn().getResponse().getContentAsString();
		return LocalDate.parse(JsonPath.read(json, "$.deadline"));
	}

	List<Outbox.Message> about(long taskId, NotificationEvent event, String recipient) {
		return jdbc.sql(Outbox.SELECT + " WHERE event_key LIKE :k AND event_type = :e AND recipient = :r ORDER BY id")
			.param("k", "task:" + taskId + ":%").param("e", event.name()).param("r", recipient).query(Outbox::map).list();
	}

	@Test
	void anAssignedTaskTellsTheResponsibleOfficialInAppAndByEmail() throws Exception {
		String official = newSpecialistWithEmail();
		long id = assign(official, 10);
		await().atMost(Duration.ofSeconds(20)).until(() -> about(id, NotificationEvent.TASK_ASSIGNED, official).size() == 1);
		Outbox.Message inApp = about(id, NotificationEvent.TASK_ASSIGNED, official).get(0);
		assertThat(inApp.channel()).isEqualTo(NotificationChannel.IN_APP);
		assertThat(inApp.subject()).isEqualTo("Được giao nhiệm vụ: Cập nhật trang CCHC (thông báo test)");
		assertThat(inApp.link()).isEqualTo("/governance/tasks/" + id);
		await().atMost(Duration.ofSeconds(20)).until(() -> about(id, NotificationEvent.TASK_ASSIGNED, official + "@example.test").size() == 1);
		assertThat(about(id, NotificationEvent.TASK_ASSIGNED, official + "@example.test").get(0).body()).contains("/governance/tasks/" + id);
	}

	@Test
	void aReminderBeforeTheDeadlineProducesOneNoticeForTheResponsibleOfficial() throws Exception {
		String official = newSpecialistWithEmail();
		long id = assign(official, 10);
		LocalDate deadline = deadlineOf(id);
		reminders.runFor(deadline.minusDays(1));
		reminders.runFor(deadline.minusDays(1));
		await().atMost(Duration.ofSeconds(20)).until(() -> about(id, NotificationEvent.TASK_REMINDER, official).size() == 1
				&& about(id, NotificationEvent.TASK_REMINDER, official + "@example.test").size() == 1);
		Outbox.Message m = about(id, NotificationEvent.TASK_REMINDER, official).get(0);
		assertThat(m.subject()).isEqualTo("Nhắc hạn nhiệm vụ: Cập nhật trang CCHC (thông báo test)");
		assertThat(m.body()).contains(String.format("%02d/%02d/%d", deadline.getDayOfMonth(), deadline.getMonthValue(), deadline.getYear()));
		assertThat(about(id, NotificationEvent.TASK_REMINDER, HEAD)).isEmpty();
	}

	@Test
	void anOverdueTaskEscalationProducesExactlyOneNoticeForTheHeadEvenWhenTheJobRunsTwice() throws Exception {
		String official = newSpecialistWithEmail();
		long id = assign(official, 5);
		LocalDate deadline = deadlineOf(id);
		reminders.runFor(deadline.plusDays(1));
		reminders.runFor(deadline.plusDays(2));
		await().atMost(Duration.ofSeconds(20)).until(() -> !about(id, NotificationEvent.TASK_ESCALATED, HEAD).isEmpty());
		// give a duplicate every chance to arrive: wait until the registry has no incomplete publication left
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :k")
			.param("k", "%\"taskId\":" + id + ",%").query(Long.class).single() == 0);
		List<Outbox.Message> toHead = about(id, NotificationEvent.TASK_ESCALATED, HEAD);
		assertThat(toHead).hasSize(1);
		assertThat(toHead.get(0).channel()).isEqualTo(NotificationChannel.IN_APP);
		assertThat(toHead.get(0).body()).contains("Chuyên Viên Nhắc Hạn (" + official + ")");
		assertThat(about(id, NotificationEvent.TASK_ESCALATED, official)).as("never to the responsible official").isEmpty();
	}
}
