package org.motcua.catalog.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads catalogue request bodies leniently about absent flags: a missing {@code "required"} or
 * {@code "boundaryFree"} means false, as a form's unticked box does, instead of failing the whole request.
 */
@Component
class RequestBodies {

	private final JsonMapper json;

	RequestBodies(JsonMapper json) {
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
	}

	<T> T read(JsonNode body, Class<T> type) {
		return json.treeToValue(body, type);
	}
}
