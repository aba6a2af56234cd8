package org.motcua;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(MotCuaApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyCapabilityIsItsOwnModule() {
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
			.contains("organization", "security", "audit", "calendar", "catalog", "dossier", "documents", "governance", "reporting", "web", "platform", "demo", "portal", "citizen", "notification");
	}

	@Test
	void writesModuleDiagramsForTheArchitectureDocument() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
