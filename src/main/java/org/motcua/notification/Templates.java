package org.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.organization.Caller;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message templates, one per event and language (vi, en, th), with defaults from the migration. System
 * administrators edit them; a template that names a placeholder its event does not provide is refused, and an
 * edit based on a stale version is refused (optimistic locking). Every edit is audited.
 */
@Service
public class Templates {

	/** The languages of the user interface, so of the templates. */
	public static final List<String> LANGUAGES = List.of("vi", "en", "th");

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final String defaultLanguage;

	Templates(JdbcClient jdbc, AuditTrail audit, ObjectProvider<Clock> clock,
			@org.springframework.beans.factory.annotation.Value("${motcua.notification.language:vi}") String defaultLanguage) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.defaultLanguage = defaultLanguage;
	}

	/** A template: subject and body (e-mail and in-app), and the short text for SMS (empty: not sent by SMS). */
	public record Template(NotificationEvent event, String language, String subject, String body, String sms,
			Set<String> placeholders, Instant updatedAt, String updatedBy, int version) {
	}

	/** An edit of a template, based on the version the editor saw. */
	public record TemplateChange(@Nullable String subject, @Nullable String body, @Nullable String sms, int version) {
	}

	/** A message rendered from a template, in {@code language} (the one asked for, or the fallback used). */
	public record Rendered(String subject, String body, String sms, String language) {
	}

	@Transactional(readOnly = true)
	public List<Template> list() {
		return jdbc.sql(SELECT + " ORDER BY event_type, array_position(ARRAY['vi','en','th']::varchar[], language)")
			.query((rs, n) -> map(rs)).list();
	}

	@Transactional(readOnly = true)
	public Template get(NotificationEvent event, String language) {
		String lang = language(language);
		return jdbc.sql(SELECT + " WHERE event_type = :e AND language = :l").param("e", event.name()).param("l", lang)
			.query((rs, n) -> map(rs)).optional()
			.orElseThrow(() -> new NotFoundException("error.notification.template.not-found", event.name(), lang));
	}

	@Transactional
	public Template update(Caller caller, NotificationEvent event, String language, TemplateChange change) {
		if (!caller.isSystemAdmin()) {
			throw new ForbiddenException("error.forbidden");
		}
		Template current = get(event, language);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String subject = change.subject() == null ? "" : change.subject().strip();
		String body = change.body() == null ? "" : change.body().strip();
		String sms = change.sms() == null ? "" : change.sms().strip();
		problems.check(!subject.isEmpty() && subject.length() <= 300, "subject", "error.notification.template.subject");
		problems.check(!body.isEmpty() && body.length() <= 10_000, "body", "error.notification.template.body");
		problems.check(sms.length() <= 480, "sms", "error.notification.template.sms");
		for (Map.Entry<String, String> field : Map.of("subject", subject, "body", body, "sms", sms).entrySet()) {
			Set<String> unknown = TemplateText.unknownPlaceholders(field.getValue(), event.placeholders());
			if (!unknown.isEmpty()) {
				problems.add(field.getKey(), "error.notification.template.placeholder", String.join(", ", unknown),
						String.join(", ", new java.util.TreeSet<>(event.placeholders()).stream().map(p -> "{{" + p + "}}").toList()));
			}
		}
		problems.throwIfAny();
		int updated = jdbc.sql("""
				UPDATE notification.template SET subject = :s, body = :b, sms = :sms, updated_at = :at, updated_by = :by,
				    version = version + 1
				WHERE event_type = :e AND language = :l AND version = :v""")
			.param("s", subject).param("b", body).param("sms", sms).param("at", java.sql.Timestamp.from(clock.instant()))
			.param("by", caller.username()).param("e", event.name()).param("l", current.language()).param("v", change.version())
			.update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		audit.record("NOTIFICATION_TEMPLATE_CHANGED", "NotificationTemplate", event.name() + "/" + current.language(),
				"Template " + event.name() + " (" + current.language() + ") changed");
		return get(event, current.language());
	}

	/**
	 * Renders the event's template in the recipient's {@code language}; when the event has no template in it, in the
	 * installation's language ({@code MOTCUA_NOTIFICATION_LANGUAGE}), and else in Vietnamese, the official language.
	 */
	@Transactional(readOnly = true)
	public Rendered render(NotificationEvent event, String language, Map<String, String> values) {
		Template t = null;
		for (String candidate : new java.util.LinkedHashSet<>(List.of(language, defaultLanguage, "vi"))) {
			if (!LANGUAGES.contains(candidate)) {
				continue;
			}
			t = jdbc.sql(SELECT + " WHERE event_type = :e AND language = :l").param("e", event.name()).param("l", candidate)
				.query((rs, n) -> map(rs)).optional().orElse(null);
			if (t != null) {
				break;
			}
		}
		if (t == null) {
			throw new NotFoundException("error.notification.template.not-found", event.name(), language);
		}
		return new Rendered(TemplateText.render(t.subject(), values), TemplateText.render(t.body(), values),
				TemplateText.render(t.sms(), values), t.language());
	}

	private static String language(String language) {
		String l = language.trim().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(l)) {
			throw new NotFoundException("error.notification.template.not-found", "", l);
		}
		return l;
	}

	private static final String SELECT = "SELECT event_type, language, subject, body, sms, updated_at, updated_by, version FROM notification.template";

	private static Template map(java.sql.ResultSet rs) throws java.sql.SQLException {
		NotificationEvent e = NotificationEvent.valueOf(rs.getString("event_type"));
		return new Template(e, rs.getString("language"), rs.getString("subject"), rs.getString("body"), rs.getString("sms"),
				new java.util.TreeSet<>(e.placeholders()), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
				rs.getInt("version"));
	}
}
