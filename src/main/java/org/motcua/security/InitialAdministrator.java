package org.motcua.security;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Set;

import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.organization.UnitCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start of an installation without demo data (the {@code prod} profile), creates the root unit
 * and the initial administrator {@code admin}, who must set their own password at the first login.
 * The initial password comes from {@code MOTCUA_INITIAL_ADMIN_PASSWORD}, or is generated and written once to
 * the log.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final JdbcClient jdbc;
	private final Organization organization;
	private final Credentials credentials;
	private final TransactionTemplate tx;
	private final boolean demoData;
	private final String rootCode;
	private final String rootName;
	private final String initialPassword;

	InitialAdministrator(JdbcClient jdbc, Organization organization, Credentials credentials, TransactionTemplate tx,
			@Value("${motcua.demo-data:true}") boolean demoData, @Value("${MOTCUA_ROOT_UNIT_CODE:}") String rootCode,
			@Value("${MOTCUA_ROOT_UNIT_NAME:}") String rootName,
			@Value("${MOTCUA_INITIAL_ADMIN_PASSWORD:}") String initialPassword) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.credentials = credentials;
		this.tx = tx;
		this.demoData = demoData;
		this.rootCode = rootCode;
		this.rootName = rootName;
		this.initialPassword = initialPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData) {
			return;
		}
		boolean hasAdmin = jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization.official_role WHERE role = 'SYSTEM_ADMIN')")
			.query(Boolean.class).single();
		if (hasAdmin) {
			return;
		}
		tx.executeWithoutResult(status -> createAdministrator());
	}

	private void createAdministrator() {
		Caller system = Caller.system();
		String unitCode = organization.units(system, null, null).stream().findFirst().map(u -> u.code()).orElseGet(() -> {
			if (rootCode.isBlank() || rootName.isBlank()) {
				throw new IllegalStateException("""
						This installation has no units and no administrator yet. Set MOTCUA_ROOT_UNIT_CODE (the electronic ID \
						of the province's People's Committee, e.g. H41) and MOTCUA_ROOT_UNIT_NAME (e.g. "Tỉnh Nghệ An") for the \
						first start; see docs/operations.md.""");
			}
			return organization.createUnit(system, new UnitCommands.NewUnit(rootCode, rootName, "PROVINCE", null,
					LocalDate.of(2000, 1, 1), null)).code();
		});
		organization.createOfficial(system, new UnitCommands.NewOfficial("admin", "Quản trị hệ thống", null, unitCode, null,
				null, null, Set.of(Role.SYSTEM_ADMIN)));
		String password = initialPassword.isBlank() ? generated() : initialPassword;
		credentials.seed("admin", password, true);
		if (initialPassword.isBlank()) {
			log.warn("Initial administrator 'admin' created with the one-time password: {}  (it must be changed at the first login)", password);
		}
		else {
			log.warn("Initial administrator 'admin' created with the password from MOTCUA_INITIAL_ADMIN_PASSWORD; it must be changed at the first login");
		}
	}

	private static String generated() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder("Mc#");
		for (int i = 0; i < 14; i++) {
			sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return sb.append('7').toString();
	}
}
