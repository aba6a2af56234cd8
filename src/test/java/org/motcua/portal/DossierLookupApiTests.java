package org.motcua.portal;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DossierLookupApiTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static final String RATING = """
			{"satisfied":true,"contacts":1,"agencies":0,"attitude":"GOOD","extraCharges":false,"onTime":true,
			 "informationAccurate":true,"comment":"Nhanh gọn"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LookupRateLimiter limiter;

	PortalDossiers dossiers;

	/** Each test looks up from its own address, so the rate limit of one test does not affect another. */
	RequestPostProcessor client;

	@BeforeEach
	void setUp() {
		dossiers = new PortalDossiers(mvc, jdbc);
		String ip = "10.77.0." + CLIENTS.incrementAndGet();
		client = r -> {
			r.setRemoteAddr(ip);
			return r;
		};
	}

	MockHttpServletRequestBuilder lookup(String code) {
		return get("/api/v1/public/dossiers/{code}", code).with(client);
	}

	@Test
	void theApplicantSeesTheirDossierWithThePinFromTheReceiptAndPersonalDataMasked() throws Exception {
		DocumentContext d = dossiers.receive("Nguyễn Văn Tra Cứu", "040090004321", "0912 345 678");
		String code = d.read("$.code");
		mvc.perform(lookup(code).param("pin", dossiers.pin(code)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.applicantName").value("N*** V*** T*** Cứu"))
			.andExpect(jsonPath("$.applicantCitizenId").value("*********321"))
			.andExpect(jsonPath("$.applicantPhone").value("*******678"))
			.andExpect(jsonPath("$.dueAt").isNotEmpty())
			.andExpect(jsonPath("$.timeline[*].action").value(hasItem("ACCEPT")))
			.andExpect(jsonPath("$.ratable").value(false));
		String body = mvc.perform(lookup(code).param("pin", dossiers.pin(code))).andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain("040090004321", "Nguyễn Văn Tra", "0912", CLERK_NAME, "publicPin");
	}

	private static final String CLERK_NAME = PortalDossiers.CLERK;

	@Test
	void theLastFourDigitsOfTheCitizenIdOrPhoneAlsoOpenTheDossier() throws Exception {
		String code = dossiers.receive("Trần Thị Bốn Số", "040090007788", "0987654321").read("$.code");
		mvc.perform(lookup(code).param("idLast4", "7788")).andExpect(status().isOk()).andExpect(jsonPath("$.code").value(code));
		mvc.perform(lookup(code).param("idLast4", "4321")).andExpect(status().isOk());
		mvc.perform(lookup(code).param("idLast4", "1234")).andExpect(status().isNotFound());
	}

	@Test
	void aWrongSecondFactorGivesExactlyTheSameAnswerAsAnUnknownCode() throws Exception {
		String code = dossiers.receive("Lê Văn Đồng Nhất", "040090005566", "0911222333").read("$.code");
		String pin = dossiers.pin(code);
		String wrong = pin.equals("000000") ? "111111" : "000000";
		MvcResult wrongPin = mvc.perform(lookup(code).param("pin", wrong)).andExpect(status().isNotFound()).andReturn();
		MvcResult noFactor = mvc.perform(lookup(code)).andExpect(status().isNotFound()).andReturn();
		MvcResult unknown = mvc.perform(lookup("H41.50-991231-9999").param("pin", pin)).andExpect(status().isNotFound()).andReturn();
		assertThat(wrongPin.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String a = detail(wrongPin);
		assertThat(a).isEqualTo(detail(unknown)).isEqualTo(detail(noFactor)).doesNotContain(code);
	}

	private static String detail(MvcResult r) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$.detail");
	}

	@Test
	void tooManyLookupsFromOneClientAreRefusedWithRetryAfter() throws Exception {
		for (int i = 0; i < limiter.maxAttempts(); i++) {
			mvc.perform(lookup("H41.50-991231-" + (1000 + i)).param("pin", "123456")).andExpect(status().isNotFound());
		}
		mvc.perform(lookup("H41.50-991231-0001").param("pin", "123456"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.retryAfterSeconds").isNumber());
		mvc.perform(get("/api/v1/public/dossiers/{code}", "H41.50-991231-0001").param("pin", "123456")
				.with(r -> { r.setRemoteAddr("10.78.0.1"); return r; }))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDossierIsRatedOnceAndOnlyAfterItsResultWasReturned() throws Exception {
		DocumentContext pending = dossiers.receive("Phạm Văn Chờ Đợi", "040090001122", "0933444555");
		String pendingCode = pending.read("$.code");
		mvc.perform(post("/api/v1/public/dossiers/{code}/rating", pendingCode).with(client).param("pin", dossiers.pin(pendingCode))
				.contentType(MediaType.APPLICATION_JSON).content(RATING))
			.andExpect(status().isConflict());

		String code = dossiers.returned("Hoàng Thị Hài Lòng", "040090003344", "0944555666").read("$.code");
		mvc.perform(lookup(code).param("idLast4", "3344")).andExpect(jsonPath("$.ratable").value(true))
			.andExpect(jsonPath("$.returned").value(true));
		mvc.perform(post("/api/v1/public/dossiers/{code}/rating", code).with(client).param("idLast4", "3344")
				.contentType(MediaType.APPLICATION_JSON).content(RATING))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rated").value(true))
			.andExpect(jsonPath("$.ratable").value(false));
		mvc.perform(post("/api/v1/public/dossiers/{code}/rating", code).with(client).param("pin", dossiers.pin(code))
				.contentType(MediaType.APPLICATION_JSON).content(RATING.replace("true,\"contacts\"", "false,\"contacts\"")))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("SELECT count(*) FROM portal.rating WHERE dossier_code = :c").param("c", code).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT satisfied FROM portal.rating WHERE dossier_code = :c").param("c", code).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void ratingNeedsTheSecondFactorToo() throws Exception {
		String code = dossiers.returned("Đỗ Văn Không Mã", "040090006677", "0955666777").read("$.code");
		mvc.perform(post("/api/v1/public/dossiers/{code}/rating", code).with(client).param("idLast4", "0000")
				.contentType(MediaType.APPLICATION_JSON).content(RATING))
			.andExpect(status().isNotFound());
		mvc.perform(lookup(code).param("idLast4", "6677")).andExpect(jsonPath("$.rated").value(false));
	}

	@Test
	void theTimelineShowsOnlyPublicStepsWithoutOfficialsOrNotes() throws Exception {
		String code = dossiers.returned("Vũ Thị Dòng Thời Gian", "040090008899", "0966777888").read("$.code");
		mvc.perform(lookup(code).param("idLast4", "8899"))
			.andExpect(jsonPath("$.timeline[*].action").value(org.hamcrest.Matchers.contains("ACCEPT", "RESULT_READY", "RETURN_RESULT")))
			.andExpect(jsonPath("$.timeline[*].action").value(not(hasItem("FORWARD"))))
			.andExpect(jsonPath("$.timeline[0].actor").doesNotExist());
	}
}
