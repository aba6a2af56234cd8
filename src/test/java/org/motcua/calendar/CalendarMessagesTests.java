package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The calendar pages build message keys from data (kinds of day, units of time, statuses, months and
 * weekdays); each must exist in Vietnamese, English and Thai.
 */
class CalendarMessagesTests {

	@Test
	void everyKeyTheCalendarPagesBuildFromDataExistsInEveryLanguage() throws IOException {
		List<String> keys = new ArrayList<>();
		for (DayKind kind : DayKind.values()) {
			keys.add("calendar.kind." + kind);
		}
		for (DurationUnit unit : DurationUnit.values()) {
			keys.add("calendar.unit." + unit);
		}
		for (CalendarStatus status : CalendarStatus.values()) {
			keys.add("calendar.status." + status);
			keys.add("calendar.status.hint." + status);
		}
		for (int i = 1; i <= 12; i++) {
			keys.add("calendar.month." + i);
		}
		for (int i = 1; i <= 7; i++) {
			keys.add("calendar.weekday." + i);
			keys.add("calendar.weekday.long." + i);
		}
		for (String locale : List.of("vi", "en", "th")) {
			Properties bundle = new Properties();
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_" + locale + ".properties"),
					StandardCharsets.UTF_8)) {
				bundle.load(reader);
			}
			assertThat(bundle.stringPropertyNames()).as("messages_%s", locale).containsAll(keys);
		}
	}
}
