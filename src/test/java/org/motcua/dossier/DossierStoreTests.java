package org.motcua.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DossierAction.*;
import static org.motcua.dossier.DossierLifecycleTests.CALENDAR;
import static org.motcua.dossier.DossierLifecycleTests.FIVE_DAYS;
import static org.motcua.dossier.DossierLifecycleTests.STEPS;
import static org.motcua.dossier.DossierLifecycleTests.at;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dossier's row and its history as stored: written together, in order, and never over a newer version. */
@IntegrationTest
class DossierStoreTests {

	@Autowired
	DossierStore store;

	@Autowired
	MockMvc mvc;

	static DossierStore.Particulars particulars() {
		return new DossierStore.Particulars(null, 1, "Thủ tục thử", "H41.50.01", new ArrayList<>(List.of("H41.50")),
				new Applicant("Nguyễn Văn Thử", "040123456789", null, null, null), null, List.of(), "123456", "tiepnhan.xadoluong");
	}

	static Dossier submittedCompletedAndReceived(int seq) {
		Dossier d = Dossier.submit(DossierCode.of("H41.50.01", LocalDate.of(2026, 3, 2), seq), "1.001193", "H41.50",
				Channel.ONLINE, FIVE_DAYS, STEPS, at("2026-03-02T09:00:00"), "citizen");
		d.requestCompletion(List.of("Bản sao giấy tờ"), at("2026-03-02T10:00:00"), "tiepnhan.xadoluong", CALENDAR);
		d.resubmit(at("2026-03-03T08:30:00"), "tiepnhan.xadoluong", CALENDAR);
		d.accept(at("2026-03-03T08:30:00"), at("2026-03-03T08:31:00"), "tiepnhan.xadoluong", CALENDAR);
		return d;
	}

	/** Same state; amounts compare by value (the row keeps two decimals). */
	static void assertSameState(Dossier actual, Dossier expected) {
		assertThat(actual.snapshot()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(expected.snapshot());
	}

	@Test
	void aNewDossierIsStoredWithItsStateAndAllItsFirstEntriesInOrder() {
		Dossier d = submittedCompletedAndReceived(901);
		List<Dossier.HistoryEntry> expected = d.history();
		assertThat(expected).extracting(Dossier.HistoryEntry::action).containsExactly(REQUEST_COMPLETION, RESUBMIT, ACCEPT);

		long id = store.insert(d, particulars());

		assertThat(d.version()).isZero();
		assertThat(d.pendingHistory()).isEmpty();
		DossierStore.Stored stored = store.findByCode(d.code().value()).orElseThrow();
		assertThat(stored.id()).isEqualTo(id);
		assertSameState(stored.dossier(), d);
		assertThat(store.history(id)).containsExactlyElementsOf(expected);
	}

	@Test
	void anUpdateStoresTheStateAppendsTheNewEntriesAndBumpsTheVersion() {
		Dossier d = submittedCompletedAndReceived(902);
		List<Dossier.HistoryEntry> atIntake = d.history();
		long id = store.insert(d, particulars());
		Dossier read = store.findByCode(d.code().value()).orElseThrow().dossier();
		read.forward(at("2026-03-03T09:00:00"), "tiepnhan.xadoluong", "", CALENDAR);
		read.forward(at("2026-03-04T14:00:00"), "congchuc.xadoluong", "xong thẩm định", CALENDAR);

		assertThat(store.update(id, read)).isTrue();

		assertThat(read.version()).isEqualTo(1);
		assertThat(read.pendingHistory()).isEmpty();
		Dossier again = store.findByCode(d.code().value()).orElseThrow().dossier();
		assertSameState(again, read);
		List<Dossier.HistoryEntry> expected = new ArrayList<>(atIntake);
		expected.addAll(read.history());
		assertThat(read.history()).extracting(Dossier.HistoryEntry::action).containsExactly(FORWARD, FORWARD);
		assertThat(store.history(id)).containsExactlyElementsOf(expected);
	}

	@Test
	void aStaleUpdateWritesNeitherStateNorHistory() {
		Dossier d = submittedCompletedAndReceived(903);
		long id = store.insert(d, particulars());
		Dossier first = store.findByCode(d.code().value()).orElseThrow().dossier();
		Dossier second = store.findByCode(d.code().value()).orElseThrow().dossier();
		first.forward(at("2026-03-03T09:00:00"), "tiepnhan.xadoluong", "", CALENDAR);
		assertThat(store.update(id, first)).isTrue();
		List<Dossier.HistoryEntry> history = store.history(id);

		second.forward(at("2026-03-03T09:30:00"), "tiepnhan.xadoluong", "chuyển lần hai", CALENDAR);

		assertThat(store.update(id, second)).isFalse();
		assertThat(second.version()).isZero();
		assertThat(second.pendingHistory()).isNotEmpty();
		assertSameState(store.findByCode(d.code().value()).orElseThrow().dossier(), first);
		assertThat(store.history(id)).isEqualTo(history);
	}

	@Test
	void theCommuneDeskTakesADossierThroughItsWholeLifecycleOverTheApi() throws Exception {
		String clerk = Tokens.bearer(mvc, "tiepnhan.xadoluong");
		String specialist = Tokens.bearer(mvc, "congchuc.xadoluong");
		String leader = Tokens.bearer(mvc, "chutich.xadoluong");
		String body = mvc.perform(post("/api/v1/dossiers").header("Authorization", clerk).header("Idempotency-Key", "store-journey-1")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"procedureCode":"H41-X-HKD-031","receivingUnitCode":"H41.50","channel":"COUNTER",
						 "applicant":{"fullName":"Nguyễn Văn Thử","citizenId":"040123456789","phone":"0912345678"},
						 "components":[{"code":"GDN","provided":true},{"code":"BB","provided":true}]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.code");
		String[][] script = { { "FORWARD", clerk }, { "FORWARD", specialist }, { "FORWARD", specialist }, { "APPROVE", leader },
				{ "RESULT_READY", clerk }, { "RETURN_RESULT", clerk } };
		for (int v = 0; v < script.length; v++) {
			mvc.perform(post("/api/v1/dossiers/" + code + "/actions").header("Authorization", script[v][1])
					.contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"%s\",\"version\":%d}".formatted(script[v][0], v)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(v + 1));
		}
		mvc.perform(post("/api/v1/dossiers/" + code + "/actions").header("Authorization", clerk)
				.contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"RETURN_RESULT\",\"version\":3}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/dossiers/" + code + "/history").header("Authorization", clerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("ACCEPT", "FORWARD", "FORWARD", "FORWARD",
					"APPROVE", "RESULT_READY", "RETURN_RESULT")))
			.andExpect(jsonPath("$[6].to").value("RETURNED"));
	}
}
