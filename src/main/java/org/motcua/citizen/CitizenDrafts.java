package org.motcua.citizen;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.dossier.Applicant;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online submissions saved as drafts, to be finished and submitted later. A draft stays in the citizen's account
 * only (no dossier exists yet, so the desk never sees it); it is checked only when submitted. Saving an older
 * version over a newer one is refused (optimistic locking).
 */
@Service
class CitizenDrafts {

	private final JdbcClient jdbc;

	private final OnlineSubmissions submissions;

	CitizenDrafts(JdbcClient jdbc, OnlineSubmissions submissions) {
		this.jdbc = jdbc;
		this.submissions = submissions;
	}

	/** A saved draft: the procedure and what was filled in so far. */
	record Draft(long id, String procedureCode, CitizenDossiers.Submission submission, Instant updatedAt, int version) {
	}

	@Transactional
	Draft save(CitizenAccount account, @Nullable Long id, @Nullable Integer version, CitizenDossiers.Submission s) {
		if (s.procedureCode() == null || s.procedureCode().isBlank()) {
			throw InvalidInputException.of("procedureCode", "error.required");
		}
		Applicant rep = s.representative();
		String components = String.join(",", s.components() == null ? List.of() : s.components().stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList());
		if (id == null) {
			long created = jdbc.sql("""
					INSERT INTO citizen.draft (account_id, procedure_code, receiving_unit_code, return_channel, address,
					    representative_name, representative_citizen_id, representative_phone, components)
					VALUES (:account, :procedure, :unit, :channel, :address, :rname, :rid, :rphone, :components) RETURNING id""")
				.param("account", account.id().value()).param("procedure", s.procedureCode().trim())
				.param("unit", s.receivingUnitCode()).param("channel", s.returnChannel()).param("address", s.address())
				.param("rname", rep == null ? null : rep.fullName()).param("rid", rep == null ? null : rep.citizenId())
				.param("rphone", rep == null ? null : rep.phone()).param("components", components)
				.query(Long.class).single();
			return get(account, created);
		}
		Draft current = get(account, id);
		if (version == null || version != current.version()) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		jdbc.sql("""
				UPDATE citizen.draft SET receiving_unit_code = :unit, return_channel = :channel, address = :address,
				    representative_name = :rname, representative_citizen_id = :rid, representative_phone = :rphone,
				    components = :components, updated_at = now(), version = version + 1
				WHERE id = :id AND account_id = :account AND version = :version""")
			.param("unit", s.receivingUnitCode()).param("channel", s.returnChannel()).param("address", s.address())
			.param("rname", rep == null ? null : rep.fullName()).param("rid", rep == null ? null : rep.citizenId())
			.param("rphone", rep == null ? null : rep.phone()).param("components", components)
			.param("id", id).param("account", account.id().value()).param("version", version).update();
		return get(account, id);
	}

	/** The citizen's drafts, most recently saved first. */
	@Transactional(readOnly = true)
	List<Draft> mine(CitizenAccount account) {
		return jdbc.sql("SELECT * FROM citizen.draft WHERE account_id = :account ORDER BY updated_at DESC, id DESC")
			.param("account", account.id().value()).query(CitizenDrafts::map).list();
	}

	/** One of the citizen's drafts; someone else's is "not found". */
	@Transactional(readOnly = true)
	Draft get(CitizenAccount account, long id) {
		return jdbc.sql("SELECT * FROM citizen.draft WHERE id = :id AND account_id = :account")
			.param("id", id).param("account", account.id().value()).query(CitizenDrafts::map).optional()
			.orElseThrow(() -> new NotFoundException("error.citizen.draft-not-found", id));
	}

	@Transactional
	void delete(CitizenAccount account, long id) {
		if (jdbc.sql("DELETE FROM citizen.draft WHERE id = :id AND account_id = :account")
			.param("id", id).param("account", account.id().value()).update() == 0) {
			throw new NotFoundException("error.citizen.draft-not-found", id);
		}
	}

	/** Submits the draft as it was saved (files are added afterwards through the files API) and removes it. */
	@Transactional
	CitizenDossiers.OwnDossier submit(CitizenAccount account, long id) {
		Draft d = get(account, id);
		CitizenDossiers.OwnDossier own = submissions.submit(account, d.submission(), List.of(), java.util.Map.of());
		delete(account, id);
		return own;
	}

	private static Draft map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String rname = rs.getString("representative_name");
		String rid = rs.getString("representative_citizen_id");
		String rphone = rs.getString("representative_phone");
		Applicant rep = rname == null && rid == null && rphone == null ? null : new Applicant(rname == null ? "" : rname, rid, rphone, null, null);
		String components = rs.getString("components");
		return new Draft(rs.getLong("id"), rs.getString("procedure_code"), new CitizenDossiers.Submission(rs.getString("procedure_code"),
				rs.getString("receiving_unit_code"), rs.getString("return_channel"), rs.getString("address"), rep,
				components.isEmpty() ? List.of() : Arrays.asList(components.split(","))),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}
}
