package org.motcua.portal;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.motcua.support.Tokens;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Dossiers at the demo commune Xã Đô Lương (H41.50), received and moved through the real dossier API. */
final class PortalDossiers {

	static final String COMMUNE = "H41.50";
	static final String HOUSEHOLD_BUSINESS = "H41-X-HKD-031";
	static final String CLERK = "tiepnhan.xadoluong";
	static final String SPECIALIST = "congchuc.xadoluong";
	static final String CHAIRMAN = "chutich.xadoluong";

	private final MockMvc mvc;
	private final JdbcClient jdbc;

	PortalDossiers(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	DocumentContext receive(String name, String citizenId, String phone) throws Exception {
		String body = """
				{"procedureCode":"%s","receivingUnitCode":"%s","channel":"COUNTER",
				 "applicant":{"fullName":"%s","citizenId":"%s","phone":"%s","address":"Xóm 3, xã Đô Lương"},
				 "components":[{"code":"GDN","provided":true,"form":"ORIGINAL","quantity":1},{"code":"BB","provided":true},
				               {"code":"DN","provided":true},{"code":"GCN","provided":true}]}"""
			.formatted(HOUSEHOLD_BUSINESS, COMMUNE, name, citizenId, phone);
		String json = mvc.perform(post("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.parse(json);
	}

	/** Received, processed through every step, approved, and the result returned at the counter. */
	DocumentContext returned(String name, String citizenId, String phone) throws Exception {
		DocumentContext d = receive(name, citizenId, phone);
		d = step(CLERK, d, "FORWARD", "");
		d = step(SPECIALIST, d, "FORWARD", "");
		d = step(SPECIALIST, d, "FORWARD", "");
		d = step(CHAIRMAN, d, "APPROVE", "");
		d = step(CLERK, d, "RESULT_READY", "");
		return step(CLERK, d, "RETURN_RESULT", ",\"via\":\"COUNTER\"");
	}

	DocumentContext step(String user, DocumentContext dossier, String action, String extra) throws Exception {
		String json = mvc.perform(post("/api/v1/dossiers/{code}/actions", dossier.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, user)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, dossier.read("$.version", Integer.class), extra)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.parse(json);
	}

	/** The PIN printed on the receipt. */
	String pin(String code) {
		return jdbc.sql("SELECT public_pin FROM dossier.dossier WHERE code = :c").param("c", code).query(String.class).single();
	}
}
