package org.motcua.portal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.calendar.DurationUnit;
import org.motcua.calendar.WorkingCalendars;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials' handling of feedback (phản ánh, kiến nghị; Decree 20/2008/NĐ-CP as amended, Art. 14–15) on the
 * working-day yardsticks of Decision 766/QĐ-TTg indicator 5.2 (domain brief §10): the inbox of the caller's
 * jurisdiction, the actions with optimistic versions, and the escalation of overdue feedback to the unit head.
 * Conduct reports follow {@link FeedbackAccess}: only superiors and inspectors see them.
 */
@Service
public class FeedbackHandling {

	static final Set<FeedbackStatus> OPEN_BEFORE_ANSWER = EnumSet.of(FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED,
			FeedbackStatus.INFO_REQUESTED);

	/** Past its deadline: the answer for feedback not answered yet, the publication for an answer not published. */
	static final String OVERDUE_SQL = "((f.status IN ('RECEIVED','ACCEPTED','INFO_REQUESTED') AND f.answer_by < :now)"
			+ " OR (f.status = 'ANSWERED' AND f.publish_by < :now))";

	/** An inbox query; every filter optional. {@code kind} is the topic. */
	public record Query(@Nullable FeedbackStatus status, FeedbackSubmission.@Nullable Topic kind, @Nullable String unitCode,
			@Nullable Boolean overdue, int page, int size) {
	}

	/** One inbox line. */
	public record Line(long id, String trackingCode, FeedbackSubmission.Topic topic, String unitCode, FeedbackStatus status,
			Instant receivedAt, Instant deadline, boolean overdue, boolean escalated, String excerpt) {
	}

	/** A page of the inbox and how many lines there are in all. */
	public record Page(List<Line> items, long total, int page, int size) {
	}

	/** What one escalation run did. */
	public record Escalations(int escalated, List<Long> feedbackIds) {
	}

	private final JdbcClient jdbc;
	private final Organization organization;
	private final WorkingCalendars calendars;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final Clock clock;
	private final BigDecimal publishDays;
	private final FeedbackFiles files;

	FeedbackHandling(JdbcClient jdbc, Organization organization, WorkingCalendars calendars, ApplicationEventPublisher events,
			AuditTrail audit, FeedbackFiles files, ObjectProvider<Clock> clock,
			@Value("${motcua.portal.feedback.publish-days:2}") BigDecimal publishDays) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.calendars = calendars;
		this.events = events;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.publishDays = publishDays;
		this.files = files;
	}

	// ------------------------------------------------------------------ reading

	/** Feedback the caller may see, overdue first, then by the nearest deadline. */
	@Transactional(readOnly = true)
	public Page inbox(Caller caller, Query query) {
		if (query.size() < 1 || query.size() > 200) {
			throw InvalidInputException.of("size", "error.page-size", 200);
		}
		if (query.page() < 0) {
			throw InvalidInputException.of("page", "error.parameter.malformed", "page");
		}
		Instant now = clock.instant();
		Map<String, Object> params = new HashMap<>();
		List<String> where = visibility(caller, params);
		params.put("now", Timestamp.from(now));
		if (query.status() != null) {
			where.add("f.status = :status");
			params.put("status", query.status().name());
		}
		if (query.kind() != null) {
			where.add("f.topic = :topic");
			params.put("topic", query.kind().name());
		}
		if (query.unitCode() != null && !query.unitCode().isBlank()) {
			AdministrativeUnit unit = organization.unit(caller, query.unitCode().trim().toUpperCase(Locale.ROOT));
			where.add("f.unit_code = :unit");
			params.put("unit", unit.code());
		}
		if (query.overdue() != null) {
			where.add(query.overdue() ? OVERDUE_SQL : "NOT " + OVERDUE_SQL);
		}
		String condition = String.join(" AND ", where);
		long total = jdbc.sql("SELECT count(*) FROM portal.feedback f WHERE " + condition).params(params)
			.query(Long.class).single();
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		List<Line> lines = jdbc.sql("""
				SELECT f.id, f.tracking_code, f.topic, f.unit_code, f.status, f.received_at,
				       CASE WHEN f.status = 'ANSWERED' THEN f.publish_by ELSE f.answer_by END AS deadline,
				       %s AS overdue, f.escalated_at IS NOT NULL AS escalated, left(f.content, 140) AS excerpt
				FROM portal.feedback f WHERE %s
				ORDER BY f.status IN ('REFUSED','PUBLISHED'), overdue DESC, deadline, f.id
				LIMIT :limit OFFSET :offset""".formatted(OVERDUE_SQL, condition))
			.params(params)
			.query((rs, n) -> new Line(rs.getLong("id"), rs.getString("tracking_code"),
					FeedbackSubmission.Topic.valueOf(rs.getString("topic")), rs.getString("unit_code"),
					FeedbackStatus.valueOf(rs.getString("status")), instant(rs, "received_at"), instant(rs, "deadline"),
					rs.getBoolean("overdue"), rs.getBoolean("escalated"), rs.getString("excerpt")))
			.list();
		return new Page(lines, total, query.page(), query.size());
	}

	/** One piece of feedback, if the caller may see it (otherwise "not found", so conduct reports stay hidden). */
	@Transactional(readOnly = true)
	public FeedbackView get(Caller caller, long id) {
		return view(caller, load(caller, id), clock.instant());
	}

	/** An attached file and its bytes; the caller closes the stream. */
	public record AttachmentContent(FeedbackAttachment file, java.io.InputStream stream) {
	}

	/**
	 * A file attached to feedback the caller may see (a conduct report's only for its superiors and inspectors);
	 * otherwise, or for a file of other feedback, "not found".
	 */
	@Transactional
	public AttachmentContent attachment(Caller caller, long id, java.util.UUID fileId) {
		Row row = load(caller, id);
		FeedbackFiles.Stored stored = files.find(row.id(), fileId)
			.orElseThrow(() -> new NotFoundException("error.portal.feedback.file-not-found", fileId));
		audit.record("FEEDBACK_FILE_READ", "Feedback", row.trackingCode(), stored.attachment().fileName());
		return new AttachmentContent(stored.attachment(), files.open(stored));
	}

	// ------------------------------------------------------------------ acting

	/**
	 * Takes an action with the version the official read.
	 * @throws ConflictException on a stale version, or an action the status does not allow (with the allowed ones)
	 * @throws ForbiddenException when the caller's roles do not allow the action
	 */
	@Transactional
	public FeedbackView act(Caller caller, long id, FeedbackCommand cmd) {
		Row row = load(caller, id);
		Instant now = clock.instant();
		if (cmd.action() == null) {
			throw InvalidInputException.of("action", "error.required");
		}
		if (cmd.version() == null) {
			throw InvalidInputException.of("version", "error.required");
		}
		if (cmd.version() != row.version()) {
			throw new ConflictException(view(caller, row, now), "error.stale", row.version());
		}
		FeedbackAction action = cmd.action();
		if (!FeedbackAccess.mayTake(caller, action, row.unitCode(), row.topic(), row.officialName())) {
			throw new ForbiddenException("error.forbidden");
		}
		FeedbackCase c = row.state();
		FeedbackStatus from = c.status();
		String note = null;
		switch (action) {
			case ACCEPT -> {
				c.accept(now);
				note = trim(cmd.note());
			}
			case REFUSE -> {
				c.refuse(cmd.note(), now);
				note = c.refusalReason();
			}
			case REQUEST_INFO -> {
				c.requestInformation(cmd.note(), now);
				note = c.infoRequest();
			}
			case ANSWER -> c.answer(cmd.answer() != null ? cmd.answer() : cmd.note(), now);
			case PUBLISH -> {
				c.publish(now);
				note = trim(cmd.note());
			}
			case REPLY -> throw new ConflictException(null, "error.portal.feedback.not-allowed", action, c.status())
				.with("allowedActions", FeedbackCase.allowedIn(c.status()));
			case ESCALATE -> {
				c.escalate(cmd.note());
				if (jdbc.sql("SELECT count(*) FROM portal.feedback_escalation WHERE feedback_id = :id AND stage = 'MANUAL'")
					.param("id", id).query(Long.class).single() > 0) {
					throw new ConflictException(null, "error.portal.feedback.escalated", row.trackingCode());
				}
				note = trim(cmd.note());
			}
		}
		Instant publishBy = row.publishBy();
		if (action == FeedbackAction.ANSWER) {
			publishBy = calendars.forUnit(row.unitCode()).due(now, publishDays, DurationUnit.WORKING_DAYS).due();
		}
		int updated = jdbc.sql("""
				UPDATE portal.feedback SET status = :status, accepted_at = :accepted, refused_at = :refused,
				    info_requested_at = :info, answered_at = :answered, published_at = :published, publish_by = :publishBy,
				    answer = :answer, refusal_reason = :reason, info_request = :request, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", c.status().name()).param("accepted", ts(c.acceptedAt())).param("refused", ts(c.refusedAt()))
			.param("info", ts(c.infoRequestedAt())).param("answered", ts(c.answeredAt()))
			.param("published", ts(c.publishedAt())).param("publishBy", ts(publishBy)).param("answer", c.answer())
			.param("reason", c.refusalReason()).param("request", c.infoRequest())
			.param("id", id).param("version", row.version()).update();
		if (updated == 0) {
			Row current = load(caller, id);
			throw new ConflictException(view(caller, current, now), "error.stale", current.version());
		}
		String escalatedTo = null;
		if (action == FeedbackAction.ESCALATE) {
			Optional<Official> head = headOf(row.unitCode(), row.topic() == FeedbackSubmission.Topic.OFFICIAL_CONDUCT ? row.officialName() : null);
			escalate(row, "MANUAL", null, head, caller.username(), note, now);
			escalatedTo = head.map(Official::username).orElse(null);
		}
		step(id, action, from, c.status(), caller.username(), action == FeedbackAction.ANSWER ? null : note, now);
		audit.record("FEEDBACK_" + action.name(), "Feedback", row.trackingCode(),
				"%s: %s → %s%s".formatted(action, from, c.status(), note == null ? "" : " (" + note + ")"));
		if (action == FeedbackAction.ANSWER) {
			boolean onTime = !now.isAfter(row.answerBy());
			events.publishEvent(new PortalEvents.FeedbackAnswered(id, row.trackingCode(), row.topic(), row.unitCode(),
					now, row.answerBy(), onTime));
		}
		if (action == FeedbackAction.PUBLISH) {
			events.publishEvent(new PortalEvents.FeedbackPublished(id, row.trackingCode(), row.unitCode(), now));
		}
		if (action == FeedbackAction.REFUSE) {
			events.publishEvent(new PortalEvents.FeedbackRefused(id, row.trackingCode(), row.unitCode(), now, row.answerBy()));
		}
		if (action == FeedbackAction.REQUEST_INFO) {
			events.publishEvent(new PortalEvents.FeedbackInformationRequested(id, row.trackingCode(), row.topic(),
					row.unitCode(), c.infoRequest() == null ? "" : c.infoRequest(), now));
		}
		if (action == FeedbackAction.ESCALATE) {
			events.publishEvent(new PortalEvents.FeedbackEscalated(id, row.trackingCode(), row.topic(), row.unitCode(),
					escalatedTo, caller.username(), now));
		}
		return view(caller, load(caller, id), now);
	}

	// ------------------------------------------------------------------ escalation

	/**
	 * Marks feedback past its working-day deadline at {@code now} as overdue and escalates it, once per stage, to the
	 * head of its unit (the unit's leader, else the head of an office; for a conduct report about the head, the head of
	 * the unit above): recorded on the feedback and in the audit trail, and published as
	 * {@link PortalEvents.FeedbackOverdue} for notification. The stages are the answer (15 working days, or as
	 * configured) and the publication of the answer (2 working days).
	 */
	@Transactional
	public Escalations escalateOverdue(Instant now) {
		if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('motcua.portal.feedback-escalation'))").query(Boolean.class).single()) {
			return new Escalations(0, List.of());
		}
		List<Row> due = jdbc.sql(SELECT + " WHERE " + OVERDUE_SQL + """
				 AND NOT EXISTS (SELECT 1 FROM portal.feedback_escalation e WHERE e.feedback_id = f.id
				     AND e.stage = CASE WHEN f.status = 'ANSWERED' THEN 'PUBLISH' ELSE 'ANSWER' END)
				ORDER BY f.id""").param("now", Timestamp.from(now)).query(FeedbackHandling::row).list();
		List<Long> ids = new ArrayList<>();
		for (Row row : due) {
			String stage = row.status() == FeedbackStatus.ANSWERED ? "PUBLISH" : "ANSWER";
			Instant deadline = stage.equals("PUBLISH") ? row.publishBy() : row.answerBy();
			Optional<Official> head = headOf(row.unitCode(), row.topic() == FeedbackSubmission.Topic.OFFICIAL_CONDUCT ? row.officialName() : null);
			escalate(row, stage, deadline, head, "system", null, now);
			jdbc.sql("UPDATE portal.feedback SET overdue_at = coalesce(overdue_at, :now) WHERE id = :id")
				.param("now", Timestamp.from(now)).param("id", row.id()).update();
			audit.record("FEEDBACK_OVERDUE", "Feedback", row.trackingCode(), "%s overdue since %s, escalated to %s"
				.formatted(stage, deadline, head.map(Official::username).orElse("nobody (no head found)")));
			events.publishEvent(new PortalEvents.FeedbackOverdue(row.id(), row.trackingCode(), row.topic(), row.unitCode(),
					stage, deadline == null ? now : deadline, head.map(Official::username).orElse(null), now));
			ids.add(row.id());
		}
		return new Escalations(ids.size(), List.copyOf(ids));
	}

	private void escalate(Row row, String stage, @Nullable Instant deadline, Optional<Official> head, String by,
			@Nullable String note, Instant now) {
		try {
			jdbc.sql("""
					INSERT INTO portal.feedback_escalation (feedback_id, stage, deadline, head_username, escalated_by, note, at)
					VALUES (:id, :stage, :deadline, :head, :by, :note, :at)""")
				.param("id", row.id()).param("stage", stage).param("deadline", ts(deadline))
				.param("head", head.map(Official::username).orElse(null)).param("by", by).param("note", note)
				.param("at", Timestamp.from(now)).update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(null, "error.portal.feedback.escalated", row.trackingCode());
		}
		jdbc.sql("UPDATE portal.feedback SET escalated_at = coalesce(escalated_at, :at), escalated_to = coalesce(:head, escalated_to) WHERE id = :id")
			.param("at", Timestamp.from(now)).param("head", head.map(Official::username).orElse(null)).param("id", row.id())
			.update();
	}

	/**
	 * The head a unit's feedback escalates to: the unit's leader (chairman), else the head of one of its offices,
	 * else the head of the unit above; never the official a conduct report names.
	 */
	Optional<Official> headOf(String unitCode, @Nullable String notNamed) {
		String code = unitCode;
		for (int depth = 0; code != null && depth < 10; depth++) {
			List<Official> officials = organization.officials(Caller.system(), code, null).stream().filter(Official::active)
				.filter(o -> !FeedbackAccess.names(notNamed, o.fullName())).toList();
			for (Role role : List.of(Role.LEADER, Role.UNIT_HEAD)) {
				Optional<Official> head = officials.stream().filter(o -> o.hasRole(role)).findFirst();
				if (head.isPresent()) {
					return head;
				}
			}
			code = organization.findUnit(code).map(AdministrativeUnit::parentCode).orElse(null);
		}
		return Optional.empty();
	}

	// ------------------------------------------------------------------ internals

	static final String SELECT = """
			SELECT f.id, f.tracking_code, f.topic, f.unit_code, f.dossier_code, f.procedure_code, f.official_name, f.content,
			       f.anonymous, f.contact_name, f.contact_phone, f.contact_email, f.status, f.received_at, f.refuse_by,
			       f.request_info_by, f.answer_by, f.publish_by, f.accepted_at, f.refused_at, f.info_requested_at,
			       f.answered_at, f.published_at, f.answer, f.refusal_reason, f.info_request, f.escalated_at,
			       f.escalated_to, f.version
			FROM portal.feedback f""";

	/** The feedback's stored columns. */
	record Row(long id, String trackingCode, FeedbackSubmission.Topic topic, String unitCode, @Nullable String dossierCode,
			@Nullable String procedureCode, @Nullable String officialName, String content, boolean anonymous,
			@Nullable String contactName, @Nullable String contactPhone, @Nullable String contactEmail, FeedbackStatus status,
			Instant receivedAt, Instant refuseBy, Instant requestInfoBy, Instant answerBy, @Nullable Instant publishBy,
			@Nullable Instant acceptedAt, @Nullable Instant refusedAt, @Nullable Instant infoRequestedAt,
			@Nullable Instant answeredAt, @Nullable Instant publishedAt, @Nullable String answer,
			@Nullable String refusalReason, @Nullable String infoRequest, @Nullable Instant escalatedAt,
			@Nullable String escalatedTo, int version) {

		FeedbackCase state() {
			return new FeedbackCase(status, acceptedAt, refusedAt, infoRequestedAt, answeredAt, publishedAt, answer,
					refusalReason, infoRequest);
		}

		boolean overdue(Instant now) {
			return OPEN_BEFORE_ANSWER.contains(status) && answerBy.isBefore(now)
					|| status == FeedbackStatus.ANSWERED && publishBy != null && publishBy.isBefore(now);
		}
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("tracking_code"), FeedbackSubmission.Topic.valueOf(rs.getString("topic")),
				rs.getString("unit_code"), rs.getString("dossier_code"), rs.getString("procedure_code"),
				rs.getString("official_name"), rs.getString("content"), rs.getBoolean("anonymous"), rs.getString("contact_name"),
				rs.getString("contact_phone"), rs.getString("contact_email"), FeedbackStatus.valueOf(rs.getString("status")),
				instant(rs, "received_at"), instant(rs, "refuse_by"), instant(rs, "request_info_by"), instant(rs, "answer_by"),
				nullableInstant(rs, "publish_by"), nullableInstant(rs, "accepted_at"), nullableInstant(rs, "refused_at"),
				nullableInstant(rs, "info_requested_at"), nullableInstant(rs, "answered_at"),
				nullableInstant(rs, "published_at"), rs.getString("answer"), rs.getString("refusal_reason"),
				rs.getString("info_request"), nullableInstant(rs, "escalated_at"), rs.getString("escalated_to"),
				rs.getInt("version"));
	}

	/**
	 * The SQL conditions that let the caller see feedback: the unit in their jurisdiction and a reading role; conduct
	 * reports only for superiors and inspectors, and not the one whose name the report gives.
	 */
	private static List<String> visibility(Caller caller, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		if (!caller.jurisdiction().unrestricted()) {
			where.add("f.unit_code = ANY(:units)");
			params.put("units", caller.jurisdiction().unitCodes().toArray(String[]::new));
		}
		boolean reads = FeedbackAccess.any(caller, FeedbackAccess.READERS);
		boolean leadsOrInspects = caller.hasRole(Role.LEADER) || caller.hasRole(Role.INSPECTOR);
		boolean headsOffice = caller.hasRole(Role.UNIT_HEAD);
		String me = FeedbackAccess.person(caller.official().fullName());
		params.put("me", me.isEmpty() ? "\u0000" : me);
		params.put("ownUnit", caller.official().unitCode());
		where.add("((f.topic <> 'OFFICIAL_CONDUCT' AND " + reads + ") OR (f.topic = 'OFFICIAL_CONDUCT' AND (" + leadsOrInspects
				+ " OR (" + headsOffice + " AND f.unit_code = :ownUnit))"
				+ " AND strpos(regexp_replace(public.motcua_fold(coalesce(f.official_name, '')), '\\s+', ' ', 'g'), :me) = 0))");
		return where;
	}

	private Row load(Caller caller, long id) {
		Map<String, Object> params = new HashMap<>();
		List<String> where = visibility(caller, params);
		where.add("f.id = :id");
		params.put("id", id);
		Optional<Row> row = jdbc.sql(SELECT + " WHERE " + String.join(" AND ", where)).params(params)
			.query(FeedbackHandling::row).optional();
		return row.filter(r -> FeedbackAccess.maySee(caller, r.unitCode(), r.topic(), r.officialName()))
			.orElseThrow(() -> new NotFoundException("error.portal.feedback.not-found", id));
	}

	private void step(long id, FeedbackAction action, FeedbackStatus from, FeedbackStatus to, String actor,
			@Nullable String note, Instant now) {
		jdbc.sql("""
				INSERT INTO portal.feedback_step (feedback_id, action, from_status, to_status, actor, note, at)
				VALUES (:id, :action, :from, :to, :actor, :note, :at)""")
			.param("id", id).param("action", action.name()).param("from", from.name()).param("to", to.name())
			.param("actor", actor).param("note", note).param("at", Timestamp.from(now)).update();
	}

	private FeedbackView view(Caller caller, Row r, Instant now) {
		Set<FeedbackAction> allowed = EnumSet.noneOf(FeedbackAction.class);
		for (FeedbackAction a : FeedbackCase.allowedIn(r.status())) {
			if (FeedbackAccess.mayTake(caller, a, r.unitCode(), r.topic(), r.officialName())) {
				allowed.add(a);
			}
		}
		List<FeedbackView.Step> steps = jdbc.sql("""
				SELECT action, from_status, to_status, actor, note, at FROM portal.feedback_step
				WHERE feedback_id = :id ORDER BY id""").param("id", r.id())
			.query((rs, n) -> new FeedbackView.Step(instant(rs, "at"), FeedbackAction.valueOf(rs.getString("action")),
					FeedbackStatus.valueOf(rs.getString("from_status")), FeedbackStatus.valueOf(rs.getString("to_status")),
					rs.getString("actor"), rs.getString("note")))
			.list();
		long[] marks = helpfulCounts(jdbc, r.id());
		return new FeedbackView(r.id(), r.trackingCode(), r.topic(), r.unitCode(), r.dossierCode(), r.procedureCode(),
				r.officialName(), r.content(), r.anonymous(), r.contactName(), r.contactPhone(), r.contactEmail(), r.status(),
				r.receivedAt(), r.refuseBy(), r.requestInfoBy(), r.answerBy(), r.publishBy(), r.answeredAt(), r.publishedAt(),
				r.answer(), r.refusalReason(), r.infoRequest(), r.overdue(now), r.escalatedAt(), r.escalatedTo(), marks[0],
				marks[1], r.version(), allowed, steps, files.of(r.id()));
	}

	static long[] helpfulCounts(JdbcClient jdbc, long id) {
		return jdbc.sql("SELECT count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful) FROM portal.feedback_helpful WHERE feedback_id = :id")
			.param("id", id).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static @Nullable String trim(@Nullable String v) {
		return v == null || v.isBlank() ? null : v.trim();
	}
}
