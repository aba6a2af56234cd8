package org.motcua.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events to the event publication registry as JSON, with the application's JSON mapper: the same format as
 * Spring Modulith's own serializer, which looks the mapper up in the application context again for every event it
 * stores (a bean lookup on every action that publishes an event). This one holds the mapper, and a reader per event
 * type.
 */
final class StoredEventSerializer implements EventSerializer {

	private final JsonMapper mapper;
	private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

	StoredEventSerializer(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Object serialize(Object event) {
		return mapper.writeValueAsString(event);
	}

	@Override
	public <T> T deserialize(Object serialized, Class<T> type) {
		return readers.computeIfAbsent(type, mapper::readerFor).readValue(serialized.toString());
	}
}
