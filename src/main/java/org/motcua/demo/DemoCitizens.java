package org.motcua.demo;

import org.motcua.citizen.CitizenAccounts;
import org.springframework.stereotype.Component;

/**
 * A demo citizen account, verified, to try online submission without registering: an illustrative person (the
 * name says "(demo)") with a 12-digit ID number of Nghệ An (prefix 040) and the demo officials' password.
 */
@Component
class DemoCitizens {

	static final String EMAIL = "congdan.demo@example.vn";

	private final CitizenAccounts accounts;

	DemoCitizens(CitizenAccounts accounts) {
		this.accounts = accounts;
	}

	void load() {
		CitizenAccounts.Registered r = accounts.register(new CitizenAccounts.Registration(EMAIL, DemoOrganization.PASSWORD,
				"Nguyễn Văn Dân (demo)", "0912000111", "040099000001"), "http://localhost/cong-dan/xac-minh");
		accounts.verify(r.verificationToken());
	}
}
