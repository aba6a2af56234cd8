package org.motcua.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.motcua.organization.AgencyKind;
import org.motcua.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vietnamese, English and Thai must be complete: every key in every bundle, every key the templates and the
 * code use present, and no user-visible text written straight into a template.
 */
class I18nTests {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path SOURCES = Path.of("src/main/java");
	static final List<String> LOCALES = List.of("vi", "en", "th");
	static final Pattern LETTER = Pattern.compile("\\p{L}");

	static Properties bundle(String locale) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(BUNDLES.resolve("messages_" + locale + ".properties"), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

	@Test
	void everyLocaleHasExactlyTheSameKeys() throws IOException {
		Set<String> vi = bundle("vi").stringPropertyNames();
		for (String locale : LOCALES) {
			Properties p = bundle(locale);
			assertThat(new TreeSet<>(p.stringPropertyNames())).as("keys of messages_%s", locale).isEqualTo(new TreeSet<>(vi));
			for (String key : p.stringPropertyNames()) {
				assertThat(p.getProperty(key)).as("%s in messages_%s", key, locale).isNotBlank();
			}
		}
	}

	@Test
	void translationsAreNotLeftInVietnamese() throws IOException {
		Properties vi = bundle("vi");
		for (String locale : List.of("en", "th")) {
			Properties other = bundle(locale);
			List<String> untranslated = new ArrayList<>();
			for (String key : vi.stringPropertyNames()) {
				String v = vi.getProperty(key);
				if (v.equals(other.getProperty(key)) && LETTER.matcher(v).find() && !key.startsWith("lang.") && !key.equals("app.name")) {
					untranslated.add(key);
				}
			}
			assertThat(untranslated).as("keys of messages_%s still in Vietnamese", locale).isEmpty();
		}
	}

	@Test
	void everyKeyUsedByATemplateExists() throws IOException {
		Set<String> keys = bundle("vi").stringPropertyNames();
		Pattern staticKey = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = staticKey.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyBuiltFromDataExists() throws IOException {
		Set<String> keys = bundle("vi").stringPropertyNames();
		List<String> expected = new ArrayList<>();
		for (Role r : Role.values()) {
			expected.add("role." + r);
		}
		for (AgencyKind k : AgencyKind.values()) {
			expected.add("agency.kind." + k);
		}
		for (String level : List.of("PROVINCE", "DISTRICT", "COMMUNE")) {
			expected.add("level." + level);
		}
		for (Navigation.Item item : Navigation.visibleTo(EnumSet.allOf(Role.class))) {
			expected.add(item.labelKey());
			expected.add(item.labelKey() + ".hint");
		}
		for (int status : new int[] { 400, 401, 403, 404, 405, 409, 413, 415, 500 }) {
			expected.add("problem.title." + status);
		}
		assertThat(keys).containsAll(expected);
	}

	@Test
	void everyKeyTheCodeReportsExists() throws IOException {
		Set<String> keys = bundle("vi").stringPropertyNames();
		Pattern used = Pattern.compile("\"((?:error|login|flash|credentials|account|official|calendar)\\.[a-z0-9.-]+[a-z0-9])\"");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = used.matcher(Files.readString(java));
				while (m.find()) {
					if (!keys.contains(m.group(1))) {
						missing.add(java.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element e : doc.getAllElements()) {
				boolean replaced = e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace");
				String own = e.ownText().trim();
				if (!replaced && LETTER.matcher(own).find()) {
					offences.add(template.getFileName() + ": <" + e.tagName() + "> " + own);
				}
				for (String attr : List.of("title", "alt", "placeholder", "aria-label", "data-confirm")) {
					if (e.hasAttr(attr) && LETTER.matcher(e.attr(attr)).find()) {
						offences.add(template.getFileName() + ": " + attr + "=\"" + e.attr(attr) + "\"");
					}
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}
}
