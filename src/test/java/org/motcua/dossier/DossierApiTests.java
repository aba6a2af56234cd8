package org.motcua.dossier;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier API end to end on the demo's two-tier local government: the commune of Đô Lương (H41.50) receives
 * and decides household-business registration (H41-X-HKD-031) and receives land dossiers (H41-T-DD-044) that the
 * province (H41) decides.
 */
@IntegrationTest
class DossierApiTests {

	static final String COMMUNE = "H41.50";
	static final String HOUSEHOLD_BUSINESS = "H41-X-HKD-031";
	static final String LAND = "H41-T-DD-044";
	static final String CLERK = "tiepnhan.xadoluong";
	static final String SPECIALIST = "congchuc.xadoluong";
	static final String CHAIRMAN = "chutich.xadoluong";

	@Autowired
	MockMvc mvc;

	// ------------------------------------------------------------------ helpers

	String intakeBody(String procedure, String name, String citizenId, String extra) {
		return """
				{"procedureCode":"%s","receivingUnitCode":"%s","channel":"COUNTER",
				 "applicant":{"fullName":"%s","citizenId":"%s","phone":"0912345678","address":"Xóm 3, xã Đô Lương"},
				 "components":[{"code":"GDN","provided":true},{"code":"BB","provided":true},{"code":"DN","provided":true},{"code":"GCN","provided":true}]%s}"""
			.formatted(procedure, COMMUNE, name, citizenId, extra);
	}

	ResultActions postIntake(String user, String body, String idempotencyKey) throws Exception {
		var request = post("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, user)).contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return mvc.perform(request);
	}

	DocumentContext receive(String procedure, String name) throws Exception {
		MvcResult result = postIntake(CLERK, intakeBody(procedure, name, "040090001234", ""), null)
			.andExpect(status().isCreated()).andReturn();
		return JsonPath.parse(result.getResponse().getContentAsString());
	}

	ResultActions act(String user, String code, String action, int version, String extra) throws Exception {
		return mvc.perform(post("/api/v1/dossiers/{code}/actions", code).header("Authorization", Tokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra)));
	}

	DocumentContext done(ResultActions actions) throws Exception {
		return JsonPath.parse(actions.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	DocumentContext step(String user, DocumentContext dossier, String action) throws Exception {
		return step(user, dossier, action, "");
	}

	DocumentContext step(String user, DocumentContext dossier, String action, String extra) throws Exception {
		return done(act(user, dossier.read("$.code"), action, dossier.read("$.version", Integer.class), extra));
	}

	DocumentContext read(String user, String code) throws Exception {
		return JsonPath.parse(mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", Tokens.bearer(mvc, user)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	// ------------------------------------------------------------------ intake

	@Test
	void aDossierAcceptedAtTheDeskGetsTheCodeOfItsReceivingAgencyAndADueDate() throws Exception {
		postIntake(CLERK, intakeBody(HOUSEHOLD_BUSINESS, "Hoàng Thị Nhận Hồ Sơ", "040190004321", ""), null)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/dossiers/H41.50.01-")))
			.andExpect(jsonPath("$.code").value(matchesPattern("H41\\.50\\.01-\\d{6}-\\d{4}")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.receivedAt").exists())
			.andExpect(jsonPath("$.dueAt").exists())
			.andExpect(jsonPath("$.timeliness").doesNotExist())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.currentStep").value(0))
			.andExpect(jsonPath("$.procedureName").value("Đăng ký thành lập hộ kinh doanh"))
			.andExpect(jsonPath("$.components[?(@.code=='GDN')].name").value(hasItem(startsWith("Giấy đề nghị"))))
			.andExpect(jsonPath("$.allowedActions").value(hasItem("FORWARD")));
	}

	@Test
	void everyInvalidFieldOfAnIntakeIsReportedAtOnceAndNothingIsCreated() throws Exception {
		long before = JsonPath.parse(mvc.perform(get("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andReturn().getResponse().getContentAsString()).read("$.total", Long.class);
		mvc.perform(post("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK)).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"procedureCode":"%s","applicant":{"fullName":"","citizenId":"99912345678","email":"not-an-email"}}"""
					.formatted(HOUSEHOLD_BUSINESS)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("channel", "applicant.fullName", "applicant.citizenId",
					"applicant.email")));
		mvc.perform(post("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"procedureCode":"%s","channel":"COUNTER","applicant":{"fullName":"Thiếu Giấy Tờ","citizenId":"040090001234"},
						 "components":[{"code":"GDN","provided":true}]}""".formatted(HOUSEHOLD_BUSINESS)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("components")));
		mvc.perform(post("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"procedureCode":"KHONG-CO","channel":"COUNTER","applicant":{"fullName":"Thủ Tục Lạ","citizenId":"040090001234"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("procedureCode"));
		long after = JsonPath.parse(mvc.perform(get("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andReturn().getResponse().getContentAsString()).read("$.total", Long.class);
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aRetriedIntakeWithTheSameIdempotencyKeyNeverCreatesASecondDossier() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = intakeBody(HOUSEHOLD_BUSINESS, "Đinh Văn Gửi Lại", "040090005555", "");
		String first = JsonPath.read(postIntake(CLERK, body, key).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.code");
		postIntake(CLERK, body, key)
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.code").value(first));
		postIntake(CLERK, intakeBody(HOUSEHOLD_BUSINESS, "Người Khác Hẳn", "040090005555", ""), key)
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/dossiers").param("q", "Dinh Van Gui Lai").header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aClerkMayEnterAPaperDossierReceivedEarlierAndItIsMarkedBackdated() throws Exception {
		Instant earlier = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		postIntake(CLERK, intakeBody(HOUSEHOLD_BUSINESS, "Trương Văn Nhập Sau", "040090006666", ",\"receivedAt\":\"" + earlier + "\""), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.backdated").value(true))
			.andExpect(jsonPath("$.receivedAt").value(earlier.toString()));
		postIntake(CLERK, intakeBody(HOUSEHOLD_BUSINESS, "Trương Văn Tương Lai", "040090006666",
				",\"receivedAt\":\"" + Instant.now().plus(2, ChronoUnit.DAYS) + "\""), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
	}

	@Test
	void onlyOneStopClerksReceiveDossiers() throws Exception {
		postIntake(SPECIALIST, intakeBody(HOUSEHOLD_BUSINESS, "Không Được Nhận", "040090001234", ""), null)
			.andExpect(status().isForbidden());
	}

	// ------------------------------------------------------------------ lifecycle

	@Test
	void theDeskJourneyRunsThroughEveryStepOfTheInternalProcessToTheReturnOfTheResult() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Lê Văn Trọn Vẹn");
		String code = d.read("$.code");
		assertThat(read(SPECIALIST, code).read("$.allowedActions", List.class)).as("the receipt step is the desk's")
			.doesNotContain("FORWARD");
		act(SPECIALIST, code, "FORWARD", 0, "").andExpect(status().isForbidden());
		d = step(CLERK, d, "FORWARD");
		assertThat(d.read("$.status", String.class)).isEqualTo("IN_PROGRESS");
		assertThat(d.read("$.currentStep", Integer.class)).isEqualTo(1);
		d = step(SPECIALIST, d, "FORWARD", ",\"note\":\"Đủ điều kiện\"");
		d = step(SPECIALIST, d, "FORWARD");
		assertThat(d.read("$.currentStep", Integer.class)).isEqualTo(3);
		d = step(CHAIRMAN, d, "APPROVE");
		assertThat(d.read("$.resultIssuedAt", String.class)).isNotNull();
		assertThat(d.read("$.timeliness", String.class)).isIn("EARLY", "ON_TIME");
		d = step(CLERK, d, "RESULT_READY");
		d = step(CLERK, d, "RETURN_RESULT", ",\"via\":\"COUNTER\"");
		assertThat(d.read("$.status", String.class)).isEqualTo("RETURNED");
		assertThat(d.read("$.returnedAt", String.class)).isNotNull();
		assertThat(d.read("$.allowedActions", List.class)).isEmpty();
		assertThat(d.read("$.progress[*].timeliness", List.class)).doesNotContainNull();
		assertThat(d.read("$.progress[*].step", List.class)).as("the return step ran too").containsExactly(0, 1, 2, 3, 4);

		mvc.perform(get("/api/v1/dossiers/{code}/history", code).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("ACCEPT", "FORWARD", "FORWARD", "FORWARD",
					"APPROVE", "RESULT_READY", "RETURN_RESULT")))
			.andExpect(jsonPath("$[1].actor").value(CLERK));
		mvc.perform(get("/api/v1/audit").param("target", code).header("Authorization", Tokens.bearer(mvc, "admin")))
			.andExpect(jsonPath("$.items[*].action").value(org.hamcrest.Matchers.hasItems("DOSSIER_RECEIVED", "DOSSIER_APPROVE",
					"DOSSIER_RETURN_RESULT")));
	}

	@Test
	void aStaleVersionIsRefusedWith409AndTheCurrentState() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Vương Văn Cũ");
		String code = d.read("$.code");
		step(CLERK, d, "FORWARD");
		act(SPECIALIST, code, "FORWARD", 0, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.version").value(1))
			.andExpect(jsonPath("$.current.currentStep").value(1));
	}

	@Test
	void anActionNotAllowedNowIsRefusedWith409NamingTheAllowedActions() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Mai Văn Sai Bước");
		act(CLERK, d.read("$.code"), "RETURN_RESULT", 0, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.allowedActions").value(hasItem("FORWARD")))
			.andExpect(jsonPath("$.allowedActions").value(not(hasItem("RETURN_RESULT"))));
		act(CLERK, d.read("$.code"), "FLY", 0, "").andExpect(status().isBadRequest());
	}

	@Test
	void twoOfficialsActingOnTheSameVersionAtOnceLeaveExactlyOneActionApplied() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Đồng Thời Hai Người");
		d = step(CLERK, d, "FORWARD");
		String code = d.read("$.code");
		int version = d.read("$.version", Integer.class);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (String user : List.of(SPECIALIST, CHAIRMAN)) {
				Callable<Integer> call = () -> {
					start.await();
					return act(user, code, "FORWARD", version, "").andReturn().getResponse().getStatus();
				};
				results.add(pool.submit(call));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> f : results) {
				statuses.add(f.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		DocumentContext now = read(CLERK, code);
		assertThat(now.read("$.version", Integer.class)).isEqualTo(version + 1);
		assertThat(now.read("$.currentStep", Integer.class)).isEqualTo(2);
		mvc.perform(get("/api/v1/dossiers/{code}/history", code).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(jsonPath("$[?(@.action=='FORWARD')]", org.hamcrest.Matchers.hasSize(2)));
	}

	@Test
	void completionIsRequestedOnceAndTheResubmittedDossierRestartsItsClock() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Phan Văn Bổ Sung");
		d = step(CLERK, d, "FORWARD");
		String firstDue = d.read("$.dueAt");
		d = step(SPECIALIST, d, "REQUEST_COMPLETION", ",\"missingItems\":[\"Bản sao hợp đồng thuê địa điểm kinh doanh\"]");
		assertThat(d.read("$.status", String.class)).isEqualTo("COMPLETION_REQUESTED");
		d = step(CLERK, d, "RESUBMIT");
		assertThat(d.read("$.status", String.class)).isEqualTo("IN_PROGRESS");
		assertThat(d.read("$.originalDueAt", String.class)).isEqualTo(firstDue);
		assertThat(Instant.parse(d.read("$.dueAt"))).isAfterOrEqualTo(Instant.parse(firstDue));
		act(SPECIALIST, d.read("$.code"), "REQUEST_COMPLETION", d.read("$.version", Integer.class), ",\"missingItems\":[\"Lần hai\"]")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.allowedActions").value(not(hasItem("REQUEST_COMPLETION"))));
	}

	@Test
	void aPauseForFinancialObligationsStopsTheClockUntilResumed() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Tạ Văn Tạm Dừng");
		d = step(CLERK, d, "FORWARD");
		act(SPECIALIST, d.read("$.code"), "PAUSE", d.read("$.version", Integer.class), "")
			.andExpect(status().isBadRequest());
		d = step(SPECIALIST, d, "PAUSE", ",\"note\":\"Chờ thực hiện nghĩa vụ tài chính (Luật Đất đai 2024)\"");
		assertThat(d.read("$.status", String.class)).isEqualTo("PAUSED");
		assertThat(d.read("$.pausedAt", String.class)).isNotNull();
		d = step(SPECIALIST, d, "RESUME");
		assertThat(d.read("$.status", String.class)).isEqualTo("IN_PROGRESS");
		assertThat(d.read("$.pauses", List.class)).hasSize(1);
	}

	@Test
	void aConsultationOfAnotherAgencyWaitsForItsReply() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Kiều Văn Hỏi Ý Kiến");
		d = step(CLERK, d, "FORWARD");
		String deadline = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		act(SPECIALIST, d.read("$.code"), "CONSULT", d.read("$.version", Integer.class), ",\"agencyCode\":\"H41.99\",\"deadline\":\"" + deadline + "\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agencyCode"));
		d = step(SPECIALIST, d, "CONSULT", ",\"agencyCode\":\"H41.07\",\"deadline\":\"" + deadline + "\"");
		assertThat(d.read("$.consultations[0].agencyCode", String.class)).isEqualTo("H41.07");
		assertThat(d.read("$.allowedActions", List.class)).contains("REPLY");
		d = step(SPECIALIST, d, "REPLY", ",\"consultation\":1,\"note\":\"Sở thống nhất\"");
		assertThat(d.read("$.consultations[0].answer", String.class)).isEqualTo("Sở thống nhất");
		assertThat(d.read("$.allowedActions", List.class)).doesNotContain("REPLY");
	}

	@Test
	void aLeaderAssignsTheStepAndAReturnToAnEarlierStepNeedsAReason() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Tôn Thất Giao Việc");
		d = step(CLERK, d, "FORWARD");
		d = step(CHAIRMAN, d, "ASSIGN", ",\"lead\":\"%s\",\"followers\":[\"%s\"]".formatted(SPECIALIST, CHAIRMAN));
		assertThat(d.read("$.progress[1].lead", String.class)).isEqualTo(SPECIALIST);
		act(SPECIALIST, d.read("$.code"), "RETURN_TO_STEP", d.read("$.version", Integer.class), ",\"step\":0")
			.andExpect(status().isBadRequest());
		d = step(SPECIALIST, d, "RETURN_TO_STEP", ",\"step\":0,\"note\":\"Thiếu chữ ký của chủ hộ trên giấy đề nghị\"");
		assertThat(d.read("$.currentStep", Integer.class)).isZero();
	}

	@Test
	void onlyOneApologyWithANewAppointmentIsAllowed() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Cao Văn Xin Lỗi");
		d = step(CLERK, d, "FORWARD");
		Instant due = Instant.parse(d.read("$.dueAt"));
		String newDue = due.plus(7, ChronoUnit.DAYS).toString();
		act(SPECIALIST, d.read("$.code"), "APOLOGISE", d.read("$.version", Integer.class), ",\"newDueAt\":\"" + newDue + "\"")
			.andExpect(status().isForbidden());
		d = step(CHAIRMAN, d, "APOLOGISE", ",\"newDueAt\":\"%s\",\"note\":\"Cần xác minh thêm địa điểm kinh doanh\"".formatted(newDue));
		assertThat(d.read("$.dueAt", String.class)).isEqualTo(newDue);
		assertThat(d.read("$.originalDueAt", String.class)).isEqualTo(due.toString());
		assertThat(d.read("$.apologisedAt", String.class)).isNotNull();
		act(CHAIRMAN, d.read("$.code"), "APOLOGISE", d.read("$.version", Integer.class),
				",\"newDueAt\":\"%s\",\"note\":\"Lần hai\"".formatted(due.plus(14, ChronoUnit.DAYS)))
			.andExpect(status().isConflict());
	}

	@Test
	void theApplicantMayStopADossierAndAClerkMayRefuseOneWithReasons() throws Exception {
		DocumentContext stop = receive(HOUSEHOLD_BUSINESS, "Lâm Văn Rút Hồ Sơ");
		stop = step(CLERK, stop, "STOP_REQUESTED", ",\"note\":\"Người nộp có đơn xin rút hồ sơ\"");
		assertThat(stop.read("$.status", String.class)).isEqualTo("STOPPED");
		assertThat(stop.read("$.stoppedAt", String.class)).isNotNull();

		DocumentContext refuse = receive(HOUSEHOLD_BUSINESS, "Lâm Văn Không Đủ Điều Kiện");
		refuse = step(CLERK, refuse, "FORWARD");
		act(SPECIALIST, refuse.read("$.code"), "REFUSE", refuse.read("$.version", Integer.class), "").andExpect(status().isBadRequest());
		refuse = step(SPECIALIST, refuse, "REFUSE", ",\"note\":\"Ngành nghề kinh doanh thuộc danh mục cấm\"");
		assertThat(refuse.read("$.status", String.class)).isEqualTo("REFUSED");
		assertThat(refuse.read("$.timeliness", String.class)).isNotNull();
	}

	@Test
	void anOnlineSubmissionWaitsForTheDeskThenIsAcceptedAndADossierEnteredByMistakeIsCancelledByALeader() throws Exception {
		String body = intakeBody(HOUSEHOLD_BUSINESS, "Trực Tuyến Văn Nộp", "040090007777", "").replace("\"COUNTER\"", "\"ONLINE\"");
		DocumentContext d = JsonPath.parse(postIntake(CLERK, body, null).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString());
		assertThat(d.read("$.status", String.class)).isEqualTo("SUBMITTED");
		assertThat(d.read("$.dueAt", String.class)).as("no appointment before the desk accepts").isNull();
		d = step(CLERK, d, "ACCEPT");
		assertThat(d.read("$.status", String.class)).isEqualTo("RECEIVED");
		assertThat(d.read("$.dueAt", String.class)).isNotNull();
		act(CLERK, d.read("$.code"), "CANCEL", d.read("$.version", Integer.class), ",\"note\":\"Nhập nhầm\"").andExpect(status().isForbidden());
		d = step(CHAIRMAN, d, "CANCEL", ",\"note\":\"Nhập nhầm thủ tục\"");
		assertThat(d.read("$.status", String.class)).isEqualTo("CANCELLED");
		mvc.perform(get("/api/v1/audit").param("action", "DOSSIER_CANCEL").param("target", d.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, "admin")))
			.andExpect(jsonPath("$.items[0].actor").value(CHAIRMAN));
	}

	// ------------------------------------------------------------------ inter-level transfer

	@Test
	void aLandDossierReceivedAtTheCommuneIsDecidedByTheProvinceAndItsResultComesBackToTheCommuneDesk() throws Exception {
		DocumentContext parent = receive(LAND, "Nguyễn Thị Liên Thông");
		String parentCode = parent.read("$.code");
		String appointment = parent.read("$.dueAt");
		act(CLERK, parentCode, "TRANSFER", 0, ",\"toUnitCode\":\"H41.99\"").andExpect(status().isBadRequest());
		parent = step(CLERK, parent, "TRANSFER", ",\"toUnitCode\":\"H41\"");
		assertThat(parent.read("$.status", String.class)).isEqualTo("TRANSFERRED");
		String childCode = parent.read("$.childCode");
		assertThat(childCode).startsWith("H41.40.01-");

		DocumentContext child = read("tiepnhan.nghean", childCode);
		assertThat(child.read("$.parentCode", String.class)).isEqualTo(parentCode);
		assertThat(child.read("$.dueAt", String.class)).as("on the original appointment").isEqualTo(appointment);
		assertThat(child.read("$.status", String.class)).isEqualTo("RECEIVED");
		mvc.perform(get("/api/v1/dossiers").param("inbox", "true").param("size", "200")
				.header("Authorization", Tokens.bearer(mvc, "tiepnhan.nghean")))
			.andExpect(jsonPath("$.items[*].code").value(hasItem(childCode)));
		child = step("tiepnhan.nghean", child, "FORWARD");
		child = step("chuyenvien.nghean", child, "FORWARD");
		child = step("truongphong.nghean", child, "APPROVE");
		child = step("tiepnhan.nghean", child, "RESULT_READY");
		assertThat(child.read("$.status", String.class)).isEqualTo("RETURNED");

		parent = read(CLERK, parentCode);
		assertThat(parent.read("$.status", String.class)).isEqualTo("RESULT_READY");
		assertThat(parent.read("$.timeliness", String.class)).isNotNull();
		parent = step(CLERK, parent, "RETURN_RESULT", ",\"via\":\"POST\"");
		assertThat(parent.read("$.status", String.class)).isEqualTo("RETURNED");
		assertThat(read("chuyenvien.nghean", parentCode).read("$.code", String.class)).as("the province sees the dossier it processed")
			.isEqualTo(parentCode);
	}

	// ------------------------------------------------------------------ queries and jurisdiction

	List<String> inbox(String user) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/dossiers").param("inbox", "true").param("size", "200")
				.header("Authorization", Tokens.bearer(mvc, user)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.items[*].code");
	}

	@Test
	void eachInboxHoldsTheDossiersWaitingOnItsOwnerAtTheStepInHand() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Hộp Thư Đến");
		String code = d.read("$.code");
		assertThat(inbox(CLERK)).contains(code);
		assertThat(inbox(SPECIALIST)).doesNotContain(code);
		d = step(CLERK, d, "FORWARD");
		assertThat(inbox(CLERK)).as("now at the appraisal step").doesNotContain(code);
		assertThat(inbox(SPECIALIST)).contains(code);
		assertThat(inbox(CHAIRMAN)).doesNotContain(code);
		d = step(CHAIRMAN, d, "ASSIGN", ",\"lead\":\"%s\"".formatted(CHAIRMAN));
		assertThat(inbox(CHAIRMAN)).as("assigned to the chairman himself").contains(code);
		assertThat(inbox(SPECIALIST)).doesNotContain(code);
		d = step(CHAIRMAN, d, "APPROVE");
		assertThat(inbox(CLERK)).as("the approved result goes back to the desk").contains(code);
	}

	@Test
	void dossiersAreFoundByApplicantNameWithoutDiacriticsByCitizenIdAndByCode() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Nguyễn Thị Ánh Tuyết Tìm Kiếm");
		String code = d.read("$.code");
		for (String q : List.of("nguyen thi anh tuyet tim kiem", "ÁNH TUYẾT TÌM", code, code.toLowerCase())) {
			mvc.perform(get("/api/v1/dossiers").param("q", q).header("Authorization", Tokens.bearer(mvc, CLERK)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].code").value(hasItem(code)));
		}
		mvc.perform(get("/api/v1/dossiers").param("q", "040090001234").param("size", "200").header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(jsonPath("$.items[*].code").value(hasItem(code)));
		mvc.perform(get("/api/v1/dossiers").param("status", "RECEIVED").param("procedureCode", HOUSEHOLD_BUSINESS).param("size", "200")
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(jsonPath("$.items[*].status").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("RECEIVED"))))
			.andExpect(jsonPath("$.items[*].code").value(hasItem(code)));
		mvc.perform(get("/api/v1/dossiers").param("size", "201").header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void officialsOutsideTheReceivingAndProcessingUnitsCannotSeeADossier() throws Exception {
		DocumentContext d = receive(HOUSEHOLD_BUSINESS, "Bí Mật Văn Riêng");
		String code = d.read("$.code");
		mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", Tokens.bearer(mvc, "tiepnhan.tanky")))
			.andExpect(status().isNotFound());
		act("tiepnhan.tanky", code, "FORWARD", 0, "").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/dossiers").param("q", "Bi Mat Van Rieng").header("Authorization", Tokens.bearer(mvc, "tiepnhan.tanky")))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", Tokens.bearer(mvc, "cchc.nghean")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/dossiers/{code}", code)).andExpect(status().isUnauthorized());
	}
}
