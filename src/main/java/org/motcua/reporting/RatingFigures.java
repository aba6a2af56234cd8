package org.motcua.reporting;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the portal reports an applicant's rating of a dossier's handling (Decree 61/2018 Art. 29–31: online
 * evaluation on the citizen criteria), for Decision 766/QĐ-TTg indicator 5.4 (dossiers with a dislike) and Circular
 * 01/2018/TT-VPCP Art. 13 indicators 3, 4 and 7. The portal calls it from its own listener of the rating event,
 * since the portal reads reporting's figures for its transparency page and reporting therefore cannot depend on the
 * portal (the same direction as {@link FeedbackFigures}).
 * <p>
 * The rating is attributed to the unit that received the dossier: the one-stop unit whose system collects the
 * evaluation (Decree 61/2018 Art. 29–30) and compiles the Circular 01 scores (Art. 15), and the unit under which the
 * dossier fact counts the dossier, so that indicator 5.4's late dossiers and disliked dossiers are shares of the same
 * dossiers.
 */
@Service
public class RatingFigures {

	/** Staff attitude as the applicant felt it. */
	public enum Attitude {
		GOOD, ACCEPTABLE, POOR
	}

	/**
	 * The citizen criteria of one rating: satisfied overall; contacts needed to complete the dossier (Circular 01
	 * indicator 3); bodies contacted (indicator 4); staff attitude and charges beyond the law (indicator 7, Decree
	 * 61/2018 Art. 31); result on time and published information accurate, as the applicant saw them.
	 */
	public record Criteria(boolean satisfied, int contacts, int agencies, Attitude attitude, boolean extraCharges,
			boolean onTime, boolean informationAccurate) {
	}

	private final JdbcClient jdbc;
	private final ReadModel readModel;

	RatingFigures(JdbcClient jdbc, ReadModel readModel) {
		this.jdbc = jdbc;
		this.readModel = readModel;
	}

	/**
	 * A dossier received by {@code unitCode} was rated at {@code at}. Only the first rating of a dossier counts (the
	 * portal allows one), so a redelivered event changes nothing.
	 * @return whether this call recorded the rating (false when the dossier's rating was already there)
	 */
	@Transactional
	public boolean record(String dossierCode, String unitCode, String procedureCode, Instant at, Criteria criteria) {
		boolean recorded = jdbc.sql("""
				INSERT INTO reporting.rating_fact (dossier_code, unit_code, procedure_code, rated_at, satisfied, contacts, agencies,
				    attitude, extra_charges, on_time, information_accurate)
				VALUES (:code, :unit, :proc, :at, :sat, :contacts, :agencies, :att, :extra, :onTime, :info)
				ON CONFLICT (dossier_code) DO NOTHING""")
			.param("code", dossierCode).param("unit", unitCode).param("proc", procedureCode).param("at", Timestamp.from(at))
			.param("sat", criteria.satisfied()).param("contacts", criteria.contacts()).param("agencies", criteria.agencies())
			.param("att", criteria.attitude().name()).param("extra", criteria.extraCharges()).param("onTime", criteria.onTime())
			.param("info", criteria.informationAccurate())
			.update() == 1;
		if (recorded && !criteria.satisfied()) {
			readModel.dissatisfied(dossierCode);
		}
		return recorded;
	}
}
