package org.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.motcua.dossier.DossierNotices;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily warning to officials of dossiers that are overdue or at risk of being late (Decree 61/2018 Art. 19(9):
 * the agency that causes a delay must apologise and set a new date). It goes in-app to the officials carrying the
 * dossier's current step, or when none is assigned, to the heads and leaders of the receiving unit; one warning
 * per dossier and day, however often the job runs.
 */
@Component
public class OverdueWarnings {

	private static final Logger log = LoggerFactory.getLogger(OverdueWarnings.class);
	private static final Set<Role> HEADS = EnumSet.of(Role.UNIT_HEAD, Role.LEADER);

	private final DossierNotices dossiers;
	private final Organization organization;
	private final Notifier notifier;
	private final Clock clock;

	OverdueWarnings(DossierNotices dossiers, Organization organization, Notifier notifier, ObjectProvider<Clock> clock) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.notifier = notifier;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Scheduled(cron = "${motcua.notification.overdue-cron:0 30 7 * * MON-FRI}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		int stored = warn(clock.instant());
		if (stored > 0) {
			log.info("Overdue and at-risk warnings: {} messages", stored);
		}
	}

	/** Warns of the dossiers overdue or at risk at {@code now}; returns how many new messages were stored. */
	public int warn(Instant now) {
		LocalDate day = now.atZone(Notifier.VIETNAM).toLocalDate();
		int stored = 0;
		for (DossierNotices.Notice n : dossiers.overdueOrAtRisk(now, 5000)) {
			NotificationEvent kind = n.overdue() ? NotificationEvent.DOSSIER_OVERDUE : NotificationEvent.DOSSIER_AT_RISK;
			List<String> recipients = new ArrayList<>(n.responsible());
			if (recipients.isEmpty()) {
				recipients.addAll(heads(n.receivingUnitCode()));
			}
			String key = (n.overdue() ? "overdue:" : "at-risk:") + n.code() + ":" + day;
			stored += notifier.toOfficials(key, kind, recipients, null, notifier.values(n), "/dossiers/" + n.code());
		}
		return stored;
	}

	private List<String> heads(String unitCode) {
		try {
			return organization.officials(Caller.system(), unitCode, null).stream()
				.filter(Official::active).filter(o -> o.roles().stream().anyMatch(HEADS::contains)).map(Official::username).toList();
		}
		catch (NotFoundException ex) {
			return List.of();
		}
	}
}
