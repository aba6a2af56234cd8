package org.motcua.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierEvents;
import org.motcua.dossier.DossierNotices;
import org.motcua.dossier.DossierStatus;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.portal.FeedbackContacts;
import org.motcua.portal.FeedbackSubmission;
import org.motcua.portal.PortalEvents;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Enqueues notices for the dossier and portal events. The events arrive through the Modulith event publication
 * registry (itself an outbox: an event not yet handled is handed over again after a restart); the key of each
 * message is derived from the event, so handing an event over twice stores nothing new.
 */
@Component
class NotificationListeners {

	/** Who hears of feedback about an official's conduct: their superiors and inspectors, not the official. */
	private static final Set<Role> CONDUCT_READERS = EnumSet.of(Role.UNIT_HEAD, Role.LEADER, Role.INSPECTOR);

	private final DossierNotices dossiers;
	private final FeedbackContacts contacts;
	private final Organization organization;
	private final Notifier notifier;
	private final Outbox outbox;
	private final Clock clock;

	NotificationListeners(DossierNotices dossiers, FeedbackContacts contacts, Organization organization, Notifier notifier,
			Outbox outbox, ObjectProvider<Clock> clock) {
		this.dossiers = dossiers;
		this.contacts = contacts;
		this.organization = organization;
		this.notifier = notifier;
		this.outbox = outbox;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * A dossier received at the desk: the receipt and appointment to the applicant. A dossier submitted online: the
	 * receiving unit's one-stop clerks, in-app. Dossiers created by a transfer are not announced.
	 */
	@ApplicationModuleListener
	void on(DossierEvents.DossierRegistered event) {
		if (event.parentCode() != null) {
			return;
		}
		if (event.status() == DossierStatus.RECEIVED) {
			dossiers.find(event.code(), clock.instant()).ifPresent(n ->
				notifier.toApplicant("dossier:" + event.code() + ":RECEIVED", NotificationEvent.DOSSIER_RECEIVED, n));
		}
		else if (event.status() == DossierStatus.SUBMITTED) {
			dossiers.find(event.code(), clock.instant()).ifPresent(n ->
				notifier.toOfficials("dossier:" + event.code() + ":SUBMITTED", NotificationEvent.DOSSIER_SUBMITTED,
						clerks(event.receivingUnitCode()), null, notifier.values(n), "/dossiers/" + n.code()));
		}
	}

	/** The active one-stop clerks of a unit: who checks an online submission or a completed dossier at the desk. */
	private List<String> clerks(String unitCode) {
		try {
			return organization.officials(Caller.system(), unitCode, null).stream().filter(Official::active)
				.filter(o -> o.hasRole(Role.ONE_STOP_CLERK)).map(Official::username).toList();
		}
		catch (NotFoundException ex) {
			return List.of();
		}
	}

	@ApplicationModuleListener
	void on(DossierEvents.DossierActionTaken event) {
		NotificationEvent kind = kindOf(event.action());
		if (kind == null) {
			return;
		}
		dossiers.find(event.code(), clock.instant()).ifPresent(n -> {
			String key = "dossier:" + event.code() + ":" + event.action() + ":" + event.at();
			if (kind == NotificationEvent.DOSSIER_ASSIGNED) {
				notifier.toOfficials(key, kind, n.responsible(), event.actor(), notifier.values(n), "/dossiers/" + n.code());
				return;
			}
			if (kind == NotificationEvent.DOSSIER_RESUBMITTED) {
				// completed at the desk's request before processing: nobody is assigned yet, the desk checks it again
				List<String> to = n.responsible().isEmpty() ? clerks(n.receivingUnitCode()) : n.responsible();
				notifier.toOfficials(key, kind, to, event.actor(), notifier.values(n), "/dossiers/" + n.code());
				return;
			}
			String receivedKey = event.action() == DossierAction.ACCEPT ? "dossier:" + event.code() + ":RECEIVED" : key;
			notifier.toApplicant(receivedKey, kind, n);
			notifier.toOfficials(key, kind, n.responsible(), event.actor(), notifier.values(n), "/dossiers/" + n.code());
		});
	}

	private static NotificationEvent kindOf(DossierAction action) {
		return switch (action) {
			case ACCEPT -> NotificationEvent.DOSSIER_RECEIVED;
			case REQUEST_COMPLETION -> NotificationEvent.COMPLETION_REQUESTED;
			case TRANSFER -> NotificationEvent.DOSSIER_TRANSFERRED;
			case APOLOGISE -> NotificationEvent.DOSSIER_APOLOGISED;
			case RESULT_READY -> NotificationEvent.RESULT_READY;
			case RETURN_RESULT -> NotificationEvent.RESULT_RETURNED;
			case ASSIGN -> NotificationEvent.DOSSIER_ASSIGNED;
			case RESUBMIT -> NotificationEvent.DOSSIER_RESUBMITTED;
			default -> null;
		};
	}

	/**
	 * Feedback received: in-app to the responsible unit's officials (for a conduct report only its heads, leaders and
	 * inspectors), and an acknowledgement to the person who gave it when they left an e-mail address or a phone.
	 */
	@ApplicationModuleListener
	void on(PortalEvents.FeedbackReceived event) {
		String key = "feedback:" + event.feedbackId();
		Map<String, String> values = new java.util.HashMap<>();
		values.put("trackingCode", event.trackingCode());
		values.put("topic", event.topic().name());
		values.put("unit", notifier.unitName(event.unitCode()));
		values.put("answerBy", Notifier.format(event.answerBy()));
		values.put("link", "");
		List<Official> officials;
		try {
			officials = organization.officials(Caller.system(), event.unitCode(), null);
		}
		catch (NotFoundException ex) {
			officials = List.of();
		}
		List<String> recipients = officials.stream().filter(Official::active)
			.filter(o -> event.topic() != FeedbackSubmission.Topic.OFFICIAL_CONDUCT || o.roles().stream().anyMatch(CONDUCT_READERS::contains))
			.map(Official::username).toList();
		notifier.toOfficials(key, NotificationEvent.FEEDBACK_RECEIVED, recipients, null, values, null);
		contacts.of(event.feedbackId()).ifPresent(c -> {
			Map<String, String> ack = new java.util.HashMap<>(values);
			ack.put("contactName", c.name() == null ? "" : c.name());
			if (c.email() != null && !c.email().isBlank()) {
				outbox.enqueue(new Outbox.Draft(key, NotificationEvent.FEEDBACK_ACKNOWLEDGED, NotificationChannel.EMAIL, c.email(),
						notifier.language(), ack, null));
			}
			if (c.phone() != null && !c.phone().isBlank()) {
				outbox.enqueue(new Outbox.Draft(key, NotificationEvent.FEEDBACK_ACKNOWLEDGED, NotificationChannel.SMS, c.phone(),
						notifier.language(), ack, null));
			}
		});
	}
}
