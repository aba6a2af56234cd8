package org.motcua.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo dataset once, into an empty installation, when {@code motcua.demo-data} is true
 * (the default; the {@code prod} profile turns it off).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "motcua.demo-data", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final DemoOrganization organization;
	private final DemoCatalog catalog;
	private final DemoDossiers dossiers;
	private final DemoGovernance governance;
	private final DemoCitizens citizens;

	DemoDataLoader(JdbcClient jdbc, TransactionTemplate tx, DemoOrganization organization, DemoCatalog catalog,
			DemoDossiers dossiers, DemoGovernance governance, DemoCitizens citizens) {
		this.citizens = citizens;
		this.jdbc = jdbc;
		this.tx = tx;
		this.organization = organization;
		this.catalog = catalog;
		this.dossiers = dossiers;
		this.governance = governance;
	}

	@Override
	public void run(ApplicationArguments args) {
		Boolean loaded = tx.execute(status -> {
			// several instances may start together: one loads, the others wait and then find the data there
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('motcua.demo-data'))").query().singleRow();
			if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization.admin_unit)").query(Boolean.class).single()) {
				return false;
			}
			organization.load();
			catalog.load();
			dossiers.load();
			governance.load();
			citizens.load();
			return true;
		});
		if (!Boolean.TRUE.equals(loaded)) {
			return;
		}
		log.info("Demo data loaded: Nghệ An (H41), former districts Đô Lương and Tân Kỳ with their procedure catalogue, "
				+ "the two-tier communes and province since 1 July 2025 with a few demo dossiers, "
				+ "the governance of reform (plans, tasks, legal document review, inspection, commitments), "
				+ "demo officials and the demo citizen {} with password {}", DemoCitizens.EMAIL, DemoOrganization.PASSWORD);
	}
}
