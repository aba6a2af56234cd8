package org.motcua.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.citizen.CitizenLanguages;
import org.motcua.dossier.DossierNotices;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a dossier's facts into drafts for the outbox: e-mail and SMS to the applicant when they gave an address or
 * a number at intake, in-app messages to active officials. Each is written in the recipient's language when known
 * (a citizen's chosen language; a feedback sender's page language), else in the installation's language; officials
 * have no language of their own on record, so theirs is the installation's.
 */
@Component
class Notifier {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);

	private final Outbox outbox;
	private final Organization organization;
	private final String publicUrl;
	private final String language;
	private final CitizenLanguages citizens;

	Notifier(Outbox outbox, Organization organization, CitizenLanguages citizens,
			@Value("${motcua.public-url:http://localhost:8080}") String publicUrl,
			@Value("${motcua.notification.language:vi}") String language) {
		this.outbox = outbox;
		this.organization = organization;
		this.citizens = citizens;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.language = Templates.LANGUAGES.contains(language) ? language : "vi";
	}

	/** The installation's language: officials' notices, and anyone's whose language is not known. */
	String language() {
		return language;
	}

	/** The recipient's language when it is one of the templates', else the installation's. */
	String languageOr(@Nullable String preferred) {
		return preferred != null && Templates.LANGUAGES.contains(preferred) ? preferred : language;
	}

	String publicUrl() {
		return publicUrl;
	}

	static String format(@Nullable Instant at) {
		return at == null ? "" : DATE_TIME.format(at);
	}

	Map<String, String> values(DossierNotices.Notice n) {
		Map<String, String> v = new HashMap<>();
		v.put("code", n.code());
		v.put("procedure", n.procedureName());
		v.put("applicant", n.applicantName());
		v.put("unit", unitName(n.receivingUnitCode()));
		v.put("dueDate", format(n.dueAt()));
		v.put("originalDueDate", format(n.originalDueAt() != null ? n.originalDueAt() : n.dueAt()));
		v.put("transferredTo", n.transferredTo() == null ? "" : unitName(n.transferredTo()));
		v.put("lookupUrl", publicUrl + "/tra-cuu/" + n.code());
		v.put("link", "/dossiers/" + n.code());
		return v;
	}

	/** The address of a page of the application, for a link in an e-mail. */
	String absolute(String path) {
		return publicUrl + path;
	}

	String unitName(String code) {
		return organization.findUnit(code).map(u -> u.name()).orElse(code);
	}

	/** E-mail and SMS to the applicant, for each contact they gave. */
	int toApplicant(String eventKey, NotificationEvent event, DossierNotices.Notice n) {
		int stored = 0;
		Map<String, String> values = values(n);
		String language = languageOr(citizens.preferred(n.code(), n.email()).orElse(null));
		if (n.email() != null && !n.email().isBlank()) {
			stored += outbox.enqueue(new Outbox.Draft(eventKey, event, NotificationChannel.EMAIL, n.email(), language, values, null)) ? 1 : 0;
		}
		if (n.phone() != null && !n.phone().isBlank()) {
			stored += outbox.enqueue(new Outbox.Draft(eventKey, event, NotificationChannel.SMS, n.phone(), language, values, null)) ? 1 : 0;
		}
		return stored;
	}

	/** In-app messages to the named officials who exist and are active, but not to {@code except} (who acted). */
	int toOfficials(String eventKey, NotificationEvent event, Collection<String> usernames, @Nullable String except,
			Map<String, String> values, @Nullable String link) {
		int stored = 0;
		for (String username : Set.copyOf(usernames)) {
			if (username.equals(except)) {
				continue;
			}
			boolean active = organization.officialByUsername(username).map(Official::active).orElse(false);
			if (active) {
				stored += outbox.enqueue(new Outbox.Draft(eventKey, event, NotificationChannel.IN_APP, username, language, values, link)) ? 1 : 0;
			}
		}
		return stored;
	}
}
