package org.motcua.portal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.calendar.DurationUnit;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingCalendars;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives feedback and recommendations from the public, assigns them to the responsible unit, and sets their
 * deadlines on that unit's working calendar (domain brief §10): refuse within 2, ask for more information within
 * 5, answer within 15 working days (each configurable per deployment, e.g. a province answering within 10).
 */
@Service
public class FeedbackService {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	/** The feedback as received: its id, the tracking code the citizen keeps, and the deadlines set. */
	public record Received(long id, String trackingCode, String unitCode, FeedbackSubmission.Topic topic, Instant receivedAt,
			Instant refuseBy, Instant requestInfoBy, Instant answerBy) {
	}

	private final JdbcClient jdbc;
	private final WorkingCalendars calendars;
	private final Organization organization;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final FeedbackFiles files;
	private final Clock clock;
	private final BigDecimal refuseDays;
	private final BigDecimal requestInfoDays;
	private final BigDecimal answerDays;

	FeedbackService(JdbcClient jdbc, WorkingCalendars calendars, Organization organization, ApplicationEventPublisher events,
			AuditTrail audit, FeedbackFiles files, ObjectProvider<Clock> clock,
			@Value("${motcua.portal.feedback.refuse-days:2}") BigDecimal refuseDays,
			@Value("${motcua.portal.feedback.request-info-days:5}") BigDecimal requestInfoDays,
			@Value("${motcua.portal.feedback.answer-days:15}") BigDecimal answerDays) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.organization = organization;
		this.events = events;
		this.audit = audit;
		this.files = files;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.refuseDays = refuseDays;
		this.requestInfoDays = requestInfoDays;
		this.answerDays = answerDays;
	}

	/** Receives feedback now. */
	@Transactional
	public Received submit(FeedbackSubmission s) {
		return submit(s, List.of(), clock.instant());
	}

	/**
	 * Receives feedback now with the files the sender attached (images or PDF): each goes through the documents
	 * module's checks, and a refused one refuses the whole feedback, leaving nothing stored.
	 */
	@Transactional
	public Received submit(FeedbackSubmission s, List<FeedbackFile> files) {
		return submit(s, files, clock.instant());
	}

	/** Receives feedback at the given time (the deadlines run on the unit's working calendar from then). */
	@Transactional
	public Received submit(FeedbackSubmission s, Instant now) {
		return submit(s, List.of(), now);
	}

	private Received submit(FeedbackSubmission s, List<FeedbackFile> files, Instant now) {
		s.validate();
		String unit = s.unitCode().trim().toUpperCase(Locale.ROOT);
		if (organization.findUnit(unit).isEmpty()) {
			throw InvalidInputException.of("unitCode", "error.portal.feedback.unit");
		}
		WorkingCalendar calendar = calendars.forUnit(unit);
		Instant refuseBy = calendar.due(now, refuseDays, DurationUnit.WORKING_DAYS).due();
		Instant requestInfoBy = calendar.due(now, requestInfoDays, DurationUnit.WORKING_DAYS).due();
		Instant answerBy = calendar.due(now, answerDays, DurationUnit.WORKING_DAYS).due();
		String tracking = trackingCode();
		boolean anonymous = s.anonymous();
		long id = jdbc.sql("""
				INSERT INTO portal.feedback (tracking_code, topic, unit_code, dossier_code, procedure_code, official_name, content,
				    anonymous, contact_name, contact_phone, contact_email, language, status, received_at, refuse_by, request_info_by, answer_by)
				VALUES (:tc, :topic, :unit, :dossier, :proc, :official, :content, :anon, :cname, :cphone, :cemail, :lang, 'RECEIVED',
				    :at, :refuse, :info, :answer) RETURNING id""")
			.param("tc", tracking).param("topic", s.topic().name()).param("unit", unit)
			.param("dossier", trim(s.dossierCode())).param("proc", trim(s.procedureCode())).param("official", trim(s.officialName()))
			.param("content", s.content().trim()).param("anon", anonymous)
			.param("cname", anonymous ? null : trim(s.contactName())).param("cphone", anonymous ? null : trim(s.contactPhone()))
			.param("cemail", anonymous ? null : trim(s.contactEmail())).param("lang", s.knownLanguage())
			.param("at", Timestamp.from(now)).param("refuse", Timestamp.from(refuseBy)).param("info", Timestamp.from(requestInfoBy))
			.param("answer", Timestamp.from(answerBy)).query(Long.class).single();
		List<FeedbackAttachment> attached = this.files.attach(id, null, files, now);
		audit.record("FEEDBACK_RECEIVED", "Feedback", tracking, s.topic() + " for " + unit
				+ (attached.isEmpty() ? "" : ", " + attached.size() + " file(s)"));
		events.publishEvent(new PortalEvents.FeedbackReceived(id, tracking, s.topic(), unit, now, answerBy));
		return new Received(id, tracking, unit, s.topic(), now, refuseBy, requestInfoBy, answerBy);
	}

	private static @Nullable String trim(@Nullable String v) {
		return v == null || v.isBlank() ? null : v.trim();
	}

	private static String trackingCode() {
		StringBuilder b = new StringBuilder("PA-");
		for (int i = 0; i < 10; i++) {
			b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return b.toString();
	}
}
