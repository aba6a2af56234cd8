package org.motcua.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
	@ApplicationModuleListener(condition = "#event.parentCode() == null")
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

	/**
	 * An action the applicant or an official hears about. The condition keeps the other actions (forwarding between
	 * steps, approval, consultation, pauses) from being stored in the event publication registry for this listener at
	 * all: most actions of a dossier's life are of that kind, and each stored publication costs an insert and two
	 * updates.
	 */
	@ApplicationModuleListener(condition = "T(org.motcua.notification.NotificationListeners).notifies(#event)")
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

	/** Whether an action leads to a notice (see {@link #on(DossierEvents.DossierActionTaken)}). */
	public static boolean notifies(DossierEvents.DossierActionTaken event) {
		return kindOf(event.action()) != null;
	}

	private static @Nullable NotificationEvent kindOf(DossierAction action) {
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
	 * Feedback received: in-app to the responsible unit's handlers (for a conduct report only its superiors and
	 * inspectors, never the official it names), and an acknowledgement with the tracking code to the sender when they
	 * left an e-mail address or a phone, in the language of the page they wrote from.
	 */
	@ApplicationModuleListener
	void on(PortalEvents.FeedbackReceived event) {
		String key = "feedback:" + event.feedbackId();
		Map<String, String> values = feedbackValues(event.feedbackId(), event.trackingCode(), event.topic(), event.unitCode());
		values.put("answerBy", Notifier.format(event.answerBy()));
		notifier.toOfficials(key, NotificationEvent.FEEDBACK_RECEIVED, contacts.officialsToTell(event.feedbackId()), null,
				values, values.get("link"));
		toSender(key, event.feedbackId(), NotificationEvent.FEEDBACK_ACKNOWLEDGED, values);
	}

	/**
	 * Officials asked the sender for more information: the sender gets what was asked and a secret link to answer
	 * online. An anonymous sender left no contact and gets nothing.
	 */
	@ApplicationModuleListener
	void on(PortalEvents.FeedbackInformationRequested event) {
		String key = "feedback:" + event.feedbackId() + ":REQUEST_INFO:" + event.at();
		Optional<FeedbackContacts.Contact> contact = contacts.of(event.feedbackId());
		if (contact.isEmpty() || outbox.stored(key)) {
			return; // nobody to tell, or told already (the token of a stored message must stay the valid one)
		}
		Map<String, String> values = feedbackValues(event.feedbackId(), event.trackingCode(), event.topic(), event.unitCode());
		values.put("request", event.request());
		values.put("replyUrl", notifier.publicUrl() + "/phan-anh/bo-sung/" + contacts.issueReplyToken(event.feedbackId()));
		toSender(key, event.feedbackId(), NotificationEvent.FEEDBACK_INFO_REQUESTED, values);
	}

	/** The feedback was answered: the sender is told the answer will be published at its address. */
	@ApplicationModuleListener
	void on(PortalEvents.FeedbackAnswered event) {
		Map<String, String> values = feedbackValues(event.feedbackId(), event.trackingCode(), event.topic(), event.unitCode());
		toSender("feedback:" + event.feedbackId() + ":ANSWERED", event.feedbackId(), NotificationEvent.FEEDBACK_ANSWERED, values);
	}

	/** The answer was published: the sender gets its public address. */
	@ApplicationModuleListener
	void on(PortalEvents.FeedbackPublished event) {
		Map<String, String> values = feedbackValues(event.feedbackId(), event.trackingCode(), null, event.unitCode());
		toSender("feedback:" + event.feedbackId() + ":PUBLISHED", event.feedbackId(), NotificationEvent.FEEDBACK_PUBLISHED, values);
	}

	/** The sender answered a request for information: the unit's handlers look at the feedback again. */
	@ApplicationModuleListener
	void on(PortalEvents.FeedbackReplied event) {
		Map<String, String> values = feedbackValues(event.feedbackId(), event.trackingCode(), event.topic(), event.unitCode());
		notifier.toOfficials("feedback:" + event.feedbackId() + ":REPLIED:" + event.at(), NotificationEvent.FEEDBACK_REPLIED,
				contacts.officialsToTell(event.feedbackId()), null, values, values.get("link"));
	}

	/** Feedback past its deadline: the head it was escalated to and the unit's handlers, in-app. */
	@ApplicationModuleListener
	void on(PortalEvents.FeedbackOverdue event) {
		Map<String, String> values = feedbackValues(event.feedbackId(), event.trackingCode(), event.topic(), event.unitCode());
		values.put("stage", event.stage());
		values.put("deadline", Notifier.format(event.deadline()));
		List<String> to = new ArrayList<>(contacts.officialsToTell(event.feedbackId()));
		if (event.headUsername() != null && contacts.mayBeTold(event.feedbackId(), event.headUsername())) {
			to.add(event.headUsername());
		}
		notifier.toOfficials("feedback:" + event.feedbackId() + ":OVERDUE:" + event.stage(), NotificationEvent.FEEDBACK_OVERDUE,
				to, null, values, values.get("link"));
	}

	/** Escalated by hand: the head it goes to (or, when there is none, the unit's handlers), but not who escalated. */
	@ApplicationModuleListener
	void on(PortalEvents.FeedbackEscalated event) {
		Map<String, String> values = feedbackValues(event.feedbackId(), event.trackingCode(), event.topic(), event.unitCode());
		List<String> to = event.headUsername() != null && contacts.mayBeTold(event.feedbackId(), event.headUsername())
				? List.of(event.headUsername()) : contacts.officialsToTell(event.feedbackId());
		notifier.toOfficials("feedback:" + event.feedbackId() + ":ESCALATED", NotificationEvent.FEEDBACK_ESCALATED, to,
				event.escalatedBy(), values, values.get("link"));
	}

	private Map<String, String> feedbackValues(long id, String trackingCode, FeedbackSubmission.@Nullable Topic topic,
			String unitCode) {
		Map<String, String> values = new HashMap<>();
		values.put("trackingCode", trackingCode);
		values.put("topic", topic == null ? "" : topic.name());
		values.put("unit", notifier.unitName(unitCode));
		values.put("answerBy", "");
		values.put("link", "/feedback/" + id);
		values.put("answerUrl", notifier.publicUrl() + "/phan-anh/tra-loi/" + trackingCode);
		return values;
	}

	/** E-mail and SMS to the sender, for each contact they left, in the language of the page they wrote from. */
	private void toSender(String key, long feedbackId, NotificationEvent event, Map<String, String> values) {
		contacts.of(feedbackId).ifPresent(c -> {
			Map<String, String> v = new HashMap<>(values);
			v.put("contactName", c.name() == null ? "" : c.name());
			String language = notifier.languageOr(c.language());
			if (c.email() != null && !c.email().isBlank()) {
				outbox.enqueue(new Outbox.Draft(key, event, NotificationChannel.EMAIL, c.email(), language, v, null));
			}
			if (c.phone() != null && !c.phone().isBlank()) {
				outbox.enqueue(new Outbox.Draft(key, event, NotificationChannel.SMS, c.phone(), language, v, null));
			}
		});
	}
}
