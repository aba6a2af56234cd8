package org.motcua.notification;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The placeholder syntax of templates: {@code {{name}}}, replaced by the event's value (empty when it has none). */
final class TemplateText {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	private TemplateText() {
	}

	/** Placeholders the text names that are not in {@code allowed}; a stray {@code {{} or {@code }}} counts as one. */
	static Set<String> unknownPlaceholders(String text, Set<String> allowed) {
		Set<String> unknown = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			if (!allowed.contains(m.group(1))) {
				unknown.add("{{" + m.group(1) + "}}");
			}
		}
		String rest = PLACEHOLDER.matcher(text).replaceAll("");
		if (rest.contains("{{") || rest.contains("}}")) {
			unknown.add(rest.contains("{{") ? "{{" : "}}");
		}
		return unknown;
	}

	static String render(String text, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
		}
		m.appendTail(out);
		return out.toString();
	}
}
