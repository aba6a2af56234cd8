package org.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.support.Tokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Dossiers at the demo commune Xã Đô Lương (H41.50) moved through the real API, and the reports read back. */
final class ReportingFixture {

	static final String COMMUNE = "H41.50";
	static final String HOUSEHOLD_BUSINESS = "H41-X-HKD-031";
	static final String CLERK = "tiepnhan.xadoluong";
	static final String SPECIALIST = "congchuc.xadoluong";
	static final String CHAIRMAN = "chutich.xadoluong";

	private final MockMvc mvc;

	ReportingFixture(MockMvc mvc) {
		this.mvc = mvc;
	}

	static LocalDate today() {
		return LocalDate.now(WorkingCalendar.ZONE);
	}

	DocumentContext receive(String channel, @Nullable Instant receivedAt, String extra) throws Exception {
		String body = """
				{"procedureCode":"%s","receivingUnitCode":"%s","channel":"%s",
				 "applicant":{"fullName":"Nguyễn Văn Báo Cáo","citizenId":"040090008888","phone":"0912345678","address":"Xóm 3, xã Đô Lương"},
				 "components":[{"code":"GDN","provided":true},{"code":"BB","provided":true},{"code":"DN","provided":true},{"code":"GCN","provided":true}]%s%s}"""
			.formatted(HOUSEHOLD_BUSINESS, COMMUNE, channel,
					receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt.truncatedTo(ChronoUnit.SECONDS) + "\"", extra);
		String json = mvc.perform(post("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.parse(json);
	}

	DocumentContext step(String user, DocumentContext dossier, String action, String extra) throws Exception {
		String json = mvc.perform(post("/api/v1/dossiers/{code}/actions", dossier.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, user)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, dossier.read("$.version", Integer.class), extra)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.parse(json);
	}

	DocumentContext step(String user, DocumentContext dossier, String action) throws Exception {
		return step(user, dossier, action, "");
	}

	/** Forwarded through the commune's process and approved: finished now. */
	DocumentContext finish(DocumentContext d) throws Exception {
		d = step(CLERK, d, "FORWARD");
		d = step(SPECIALIST, d, "FORWARD");
		d = step(SPECIALIST, d, "FORWARD");
		return step(CHAIRMAN, d, "APPROVE");
	}

	DocumentContext report(String path, String user, String unit, LocalDate from, LocalDate to, String... extra) throws Exception {
		var request = get("/api/v1/reports/" + path).header("Authorization", Tokens.bearer(mvc, user)).param("unitCode", unit)
			.param("from", from.toString()).param("to", to.toString());
		for (int i = 0; i + 1 < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return JsonPath.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
