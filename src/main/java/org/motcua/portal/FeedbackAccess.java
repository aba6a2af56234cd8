package org.motcua.portal;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.organization.Caller;
import org.motcua.organization.Role;

/**
 * Who sees and handles feedback. Feedback belongs to its unit: officials whose jurisdiction covers the unit see it,
 * like the dossier inboxes. A report about an official's conduct is different (the seed report asks to act quickly
 * and strictly on harassment): only that official's superiors — the heads of offices of the same unit
 * ({@code UNIT_HEAD} there) and the leaders ({@code LEADER}) of the unit or of a unit above it — and inspectors
 * ({@code INSPECTOR}) covering the unit see it; never the clerks, never a head of an office of another unit, and never
 * the official named in it.
 */
final class FeedbackAccess {

	/** Roles that see a unit's ordinary feedback. */
	static final Set<Role> READERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.UNIT_HEAD,
			Role.LEADER, Role.INSPECTOR, Role.REFORM_OFFICER);

	/** Roles that handle (accept, refuse, ask, answer, escalate) a unit's ordinary feedback. */
	static final Set<Role> HANDLERS = EnumSet.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER);

	/** Roles that approve an answer's publication. */
	static final Set<Role> PUBLISHERS = EnumSet.of(Role.UNIT_HEAD, Role.LEADER);

	/** Superiors and inspectors: the only readers and handlers of conduct reports. */
	static final Set<Role> CONDUCT = EnumSet.of(Role.UNIT_HEAD, Role.LEADER, Role.INSPECTOR);

	private FeedbackAccess() {
	}

	static boolean maySee(Caller caller, String unitCode, FeedbackSubmission.Topic topic, @Nullable String officialName) {
		if (!caller.jurisdiction().covers(unitCode)) {
			return false;
		}
		if (topic == FeedbackSubmission.Topic.OFFICIAL_CONDUCT) {
			boolean superior = caller.hasRole(Role.LEADER) || caller.hasRole(Role.INSPECTOR)
					|| caller.hasRole(Role.UNIT_HEAD) && unitCode.equals(caller.official().unitCode());
			return superior && !names(officialName, caller.official().fullName());
		}
		return any(caller, READERS);
	}

	static boolean mayTake(Caller caller, FeedbackAction action, String unitCode, FeedbackSubmission.Topic topic,
			@Nullable String officialName) {
		if (!maySee(caller, unitCode, topic, officialName)) {
			return false;
		}
		if (action == FeedbackAction.PUBLISH) {
			return any(caller, PUBLISHERS);
		}
		return topic == FeedbackSubmission.Topic.OFFICIAL_CONDUCT ? any(caller, CONDUCT) : any(caller, HANDLERS);
	}

	static boolean any(Caller caller, Set<Role> roles) {
		return roles.stream().anyMatch(caller::hasRole);
	}

	/**
	 * Whether a report's free-text name designates this official: their full name (without a parenthesised note such
	 * as "(demo)"), compared without diacritics or case, appears in it. In doubt the report is hidden from them.
	 */
	static boolean names(@Nullable String reported, String fullName) {
		if (reported == null) {
			return false;
		}
		String name = person(fullName);
		return !name.isEmpty() && fold(reported).contains(name);
	}

	/** A full name as matched against reports: folded, without a parenthesised note. */
	static String person(String fullName) {
		return fold(fullName.replaceAll("\\(.*?\\)", ""));
	}

	static String fold(String text) {
		String d = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
	}
}
