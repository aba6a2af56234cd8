package org.motcua.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.motcua.dossier.ActionCommand;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.ComponentCheck;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.IntakeCommand;
import org.motcua.organization.Organization;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Demo dossiers at the commune of Đô Lương (H41.50) and the province, so the desk, the inboxes and the lists
 * have something to show on the first start: returned early and late, in progress, overdue, waiting at the desk,
 * submitted online, and a land dossier transferred to the province. Applicants are fictional and marked
 * "(demo)"; receipt times lie in the past, recorded as backdated, and every later action happens at load time.
 */
@Component
class DemoDossiers {

	static final String UNIT = "H41.50";
	static final String HOUSEHOLD_BUSINESS = "H41-X-HKD-031";
	static final String MARRIAGE = "H41-X-HT-002";
	static final String LAND = "H41-T-DD-044";

	private final DossierService dossiers;
	private final Organization organization;
	private final Clock clock;

	DemoDossiers(DossierService dossiers, Organization organization, ObjectProvider<Clock> clock) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	int load() {
		Instant now = clock.instant();
		int n = 0;
		String[] names = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang",
				"Đặng Văn Hải", "Bùi Thị Hạnh", "Đỗ Văn Khoa", "Hồ Thị Lan", "Ngô Văn Minh", "Dương Thị Ngọc", "Lý Văn Phúc",
				"Phan Thị Quỳnh" };
		// returned: received a day ago (early) and eight days ago (late)
		for (int i = 0; i < 3; i++) {
			finish(receive(HOUSEHOLD_BUSINESS, names[n], n++, now.minus(Duration.ofDays(1)), Channel.COUNTER));
		}
		finish(receive(HOUSEHOLD_BUSINESS, names[n], n++, now.minus(Duration.ofDays(8)), Channel.POST));
		// in progress at the specialist, one of them long overdue
		forward(receive(HOUSEHOLD_BUSINESS, names[n], n++, now.minus(Duration.ofDays(12)), Channel.COUNTER), "tiepnhan.xadoluong");
		forward(receive(HOUSEHOLD_BUSINESS, names[n], n++, now.minus(Duration.ofDays(2)), Channel.COUNTER), "tiepnhan.xadoluong");
		forward(receive(MARRIAGE, names[n], n++, now.minus(Duration.ofHours(2)), Channel.COUNTER), "tiepnhan.xadoluong");
		// waiting at the desk's receipt step
		receive(HOUSEHOLD_BUSINESS, names[n], n++, now.minus(Duration.ofMinutes(40)), Channel.COUNTER);
		receive(MARRIAGE, names[n], n++, now.minus(Duration.ofMinutes(10)), Channel.COUNTER);
		// submitted online, waiting for the desk's check
		receive(HOUSEHOLD_BUSINESS, names[n], n++, now.minus(Duration.ofHours(1)), Channel.ONLINE);
		// a land dossier received at the commune and transferred to the province
		DossierView land = receive(LAND, names[n], n++, now.minus(Duration.ofHours(3)), Channel.COUNTER);
		act("tiepnhan.xadoluong", land, new ActionCommand(DossierAction.TRANSFER, land.version(), null, null, null, null, null, null,
				null, null, null, "H41", null, null));
		return n;
	}

	private DossierView receive(String procedure, String name, int n, Instant receivedAt, Channel channel) {
		String citizenId = "0400%02d%06d".formatted(80 + n, 100_000 + n * 37); // 040: born in Nghệ An
		List<ComponentCheck> components = dossiers.termsForIntake(organization.caller("tiepnhan.xadoluong"), procedure).orElseThrow()
			.components().stream().map(c -> new ComponentCheck(c.code(), c.name(), true, null, null)).toList();
		IntakeCommand cmd = new IntakeCommand(procedure, UNIT, channel,
				new Applicant(name + " (demo)", citizenId, "09" + "%08d".formatted(12_345_670 + n), null, "Xã Đô Lương, tỉnh Nghệ An (demo)"),
				null, channel == Channel.ONLINE ? null : receivedAt, components, null, null, null);
		return dossiers.intake(organization.caller("tiepnhan.xadoluong"), cmd, null).dossier();
	}

	private DossierView forward(DossierView d, String user) {
		return act(user, d, ActionCommand.of(DossierAction.FORWARD, d.version()));
	}

	private void finish(DossierView d) {
		d = forward(d, "tiepnhan.xadoluong");
		d = forward(d, "congchuc.xadoluong");
		d = forward(d, "congchuc.xadoluong");
		d = act("chutich.xadoluong", d, ActionCommand.of(DossierAction.APPROVE, d.version()));
		d = act("tiepnhan.xadoluong", d, ActionCommand.of(DossierAction.RESULT_READY, d.version()));
		act("tiepnhan.xadoluong", d, ActionCommand.of(DossierAction.RETURN_RESULT, d.version()));
	}

	private DossierView act(String user, DossierView d, ActionCommand cmd) {
		return dossiers.act(organization.caller(user), d.code(), cmd);
	}
}
