package org.motcua.notification;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTextTests {

	static final Set<String> ALLOWED = Set.of("code", "dueDate");

	@Test
	void replacesEachPlaceholderAndToleratesSpacesInsideTheBraces() {
		assertThat(TemplateText.render("Hồ sơ {{code}}, hẹn {{ dueDate }}.", Map.of("code", "H41.50-1", "dueDate", "01/12/2026")))
			.isEqualTo("Hồ sơ H41.50-1, hẹn 01/12/2026.");
	}

	@Test
	void aValueWithDollarSignsOrBackslashesIsInsertedAsIs() {
		assertThat(TemplateText.render("{{code}}", Map.of("code", "A$1\\B"))).isEqualTo("A$1\\B");
	}

	@Test
	void aPlaceholderWithoutValueBecomesEmpty() {
		assertThat(TemplateText.render("[{{code}}]", Map.of())).isEqualTo("[]");
	}

	@Test
	void findsUnknownPlaceholdersAndStrayBraces() {
		assertThat(TemplateText.unknownPlaceholders("{{code}} {{pin}} {{ owner }}", ALLOWED)).containsExactly("{{owner}}", "{{pin}}");
		assertThat(TemplateText.unknownPlaceholders("Hồ sơ {{code} đã nhận", ALLOWED)).containsExactly("{{");
		assertThat(TemplateText.unknownPlaceholders("{{code}} and {{dueDate}}", ALLOWED)).isEmpty();
	}
}
