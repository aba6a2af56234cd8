package org.motcua.portal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.PublicDossier;
import org.motcua.shared.ConflictException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public dossier lookup and rating (Decree 61/2018 Art. 12 and 31): the applicant proves they hold the receipt
 * with its PIN, or the last four digits of their citizen ID or phone. A wrong factor and an unknown code give
 * the same "not found"; every attempt counts against the client's rate limit so codes cannot be enumerated.
 */
@Service
public class DossierLookup {

	/** The steps the applicant sees; internal forwarding, assignment and consultation stay internal. */
	static final Set<DossierAction> PUBLIC_STEPS = EnumSet.of(DossierAction.ACCEPT, DossierAction.REQUEST_COMPLETION,
			DossierAction.RESUBMIT, DossierAction.REFUSE, DossierAction.PAUSE, DossierAction.RESUME,
			DossierAction.TRANSFER, DossierAction.APOLOGISE, DossierAction.RESULT_READY, DossierAction.RETURN_RESULT,
			DossierAction.STOP_REQUESTED, DossierAction.CANCEL);

	private final DossierService dossiers;
	private final LookupRateLimiter limiter;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final Clock clock;

	DossierLookup(DossierService dossiers, LookupRateLimiter limiter, JdbcClient jdbc, ApplicationEventPublisher events,
			AuditTrail audit, ObjectProvider<Clock> clock) {
		this.dossiers = dossiers;
		this.limiter = limiter;
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The masked dossier for a code and a second factor, counted against the client's limit.
	 * @throws NotFoundException for an unknown code or a wrong factor alike
	 * @throws TooManyLookupsException when the client exceeded the limit
	 */
	@Transactional(readOnly = true)
	public MaskedDossier lookup(String code, @Nullable String secondFactor, String client) {
		return mask(find(code, secondFactor, client));
	}

	/**
	 * Records the applicant's rating, once per dossier and only after the result was returned.
	 * @throws ConflictException when the dossier was already rated or its result is not returned yet
	 */
	@Transactional
	public MaskedDossier rate(String code, @Nullable String secondFactor, String client, Rating rating) {
		PublicDossier d = find(code, secondFactor, client);
		rating.validate();
		if (d.status() != DossierStatus.RETURNED) {
			throw new ConflictException(null, "error.portal.rating.not-returned", d.code());
		}
		var now = clock.instant();
		try {
			jdbc.sql("""
					INSERT INTO portal.rating (dossier_code, receiving_unit_code, procedure_code, satisfied, contacts, agencies,
					    attitude, extra_charges, on_time, information_accurate, comment, rated_at)
					VALUES (:code, :unit, :proc, :sat, :contacts, :agencies, :att, :extra, :onTime, :info, :comment, :at)""")
				.param("code", d.code()).param("unit", d.receivingUnitCode()).param("proc", d.procedureCode())
				.param("sat", rating.satisfied()).param("contacts", rating.contacts()).param("agencies", rating.agencies())
				.param("att", rating.attitude().name()).param("extra", rating.extraCharges()).param("onTime", rating.onTime())
				.param("info", rating.informationAccurate())
				.param("comment", rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().trim())
				.param("at", java.sql.Timestamp.from(now)).update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(null, "error.portal.rating.already", d.code());
		}
		audit.record("DOSSIER_RATED", "Dossier", d.code(), (rating.satisfied() ? "satisfied" : "not satisfied")
				+ ", attitude " + rating.attitude() + (rating.extraCharges() ? ", extra charges reported" : ""));
		events.publishEvent(new PortalEvents.DossierRated(d.code(), d.receivingUnitCode(), d.procedureCode(),
				rating.satisfied(), rating.contacts(), rating.agencies(), rating.attitude(), rating.extraCharges(),
				rating.onTime(), rating.informationAccurate(), now));
		return mask(d);
	}

	private PublicDossier find(String code, @Nullable String secondFactor, String client) {
		limiter.acquire(client);
		return dossiers.publicLookup(code, secondFactor == null ? "" : secondFactor)
			.orElseThrow(() -> new NotFoundException("error.portal.lookup.not-found"));
	}

	private boolean rated(String code) {
		return jdbc.sql("SELECT count(*) FROM portal.rating WHERE dossier_code = :c").param("c", code).query(Long.class).single() > 0;
	}

	private MaskedDossier mask(PublicDossier d) {
		boolean rated = rated(d.code());
		List<MaskedDossier.Step> steps = d.timeline().stream().filter(s -> PUBLIC_STEPS.contains(s.action()))
			.map(s -> new MaskedDossier.Step(s.at(), s.action(), s.status())).toList();
		return new MaskedDossier(d.code(), d.procedureCode(), d.procedureName(), d.receivingUnitCode(), d.status(),
				Masking.name(d.applicantName()), Masking.tail(d.applicantCitizenId()), Masking.tail(d.applicantPhone()),
				d.submittedAt(), d.receivedAt(), d.dueAt(), d.originalDueAt(), d.apologisedAt(), d.resultIssuedAt(),
				d.returnedAt(), d.status() == DossierStatus.RESULT_READY, d.status() == DossierStatus.RETURNED,
				d.status() == DossierStatus.RETURNED && !rated, rated, steps);
	}
}
