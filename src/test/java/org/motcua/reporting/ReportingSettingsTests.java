package org.motcua.reporting;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Decision 766 weights can be set from the environment as code=points pairs. */
class ReportingSettingsTests {

	@Test
	void anEnvironmentVariableSetsTheMaximumOfOneIndicator() {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("MOTCUA_REPORTING_WEIGHTS", "3.3=10, 2.1=15.5")));
		ReportingSettings settings = new Binder(ConfigurationPropertySources.get(env))
			.bind("motcua.reporting", Bindable.of(ReportingSettings.class)).get();
		assertThat(settings.weightsByCode()).containsEntry("3.3", new BigDecimal("10")).containsEntry("2.1", new BigDecimal("15.5"));
	}

	@Test
	void aMalformedPairIsRefusedWithItsText() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportingSettings("3.3:10", null).weightsByCode())
			.hasMessageContaining("3.3:10");
	}
}
