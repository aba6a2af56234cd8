package org.motcua.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Obtains API tokens for demo officials through the real token endpoint, once per official per test run.
 */
public final class Tokens {

	public static final String DEMO_PASSWORD = "Demo@2026";
	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private Tokens() {
	}

	public static String of(MockMvc mvc, String username) {
		return CACHE.computeIfAbsent(username, u -> issue(mvc, u, DEMO_PASSWORD));
	}

	public static String bearer(MockMvc mvc, String username) {
		return "Bearer " + of(mvc, username);
	}

	public static String issue(MockMvc mvc, String username, String password) {
		try {
			String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			return JsonPath.read(body, "$.access_token");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
