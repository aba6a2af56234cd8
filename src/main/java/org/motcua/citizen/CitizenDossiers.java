package org.motcua.citizen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.ComponentCheck;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.IntakeCommand;
import org.motcua.organization.Caller;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online submission by a signed-in citizen and the citizen's own dossiers. The applicant's particulars come
 * from the profile (the request may override the address and add a representative); the dossier is created by
 * the dossier module with channel ONLINE and status SUBMITTED, in the receiving unit's desk queue
 * (Decree 61/2018/NĐ-CP Art. 9; Decree 45/2020/NĐ-CP). A citizen sees only dossiers they submitted: any other
 * code answers "not found", so codes of other people's dossiers cannot be probed.
 */
@Service
public class CitizenDossiers {

	private final DossierService dossiers;

	private final JdbcClient jdbc;

	CitizenDossiers(DossierService dossiers, JdbcClient jdbc) {
		this.dossiers = dossiers;
		this.jdbc = jdbc;
	}

	/** What the citizen chooses: the procedure, the receiving unit, the return channel, the components handed in. */
	public record Submission(@Nullable String procedureCode, @Nullable String receivingUnitCode, @Nullable String returnChannel,
			@Nullable String address, @Nullable Applicant representative, @Nullable List<String> components) {
	}

	/** A citizen's dossier: the dossier module's view and the return channel chosen. */
	public record OwnDossier(DossierView dossier, Channel returnChannel) {
	}

	@Transactional
	public OwnDossier submit(CitizenAccount account, Submission s) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		Channel returnChannel = null;
		try {
			returnChannel = s.returnChannel() == null ? null : Channel.valueOf(s.returnChannel().trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		problems.check(returnChannel != null, "returnChannel", "error.citizen.return-channel");
		problems.check(account.idNumber() != null, "applicant.citizenId", "error.citizen.profile-id-number");
		problems.throwIfAny();
		Applicant applicant = new Applicant(account.fullName(), account.idNumber(), account.phone(), account.email(), s.address());
		List<ComponentCheck> components = new ArrayList<>();
		for (String c : s.components() == null ? List.<String>of() : s.components()) {
			components.add(new ComponentCheck(c, null, true, null, null));
		}
		DossierView view = dossiers.submitOnline(account.actorName(), new IntakeCommand(s.procedureCode(),
				s.receivingUnitCode(), Channel.ONLINE, applicant, s.representative(), null, components, null, null, null));
		jdbc.sql("INSERT INTO citizen.online_dossier (dossier_code, account_id, return_channel) VALUES (:code, :id, :channel)")
			.param("code", view.code()).param("id", account.id().value()).param("channel", returnChannel.name()).update();
		return new OwnDossier(view, returnChannel);
	}

	/**
	 * What the desk asked for in its latest completion request (the items, one per line, as the clerk wrote
	 * them); empty unless the dossier waits for completion.
	 */
	@Transactional(readOnly = true)
	public List<String> missingItems(CitizenAccount account, String code) {
		OwnDossier own = mine(account, code);
		if (own.dossier().status() != org.motcua.dossier.DossierStatus.COMPLETION_REQUESTED) {
			return List.of();
		}
		List<org.motcua.dossier.Dossier.HistoryEntry> history = dossiers.history(Caller.system(), own.dossier().code());
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).action() == org.motcua.dossier.DossierAction.REQUEST_COMPLETION) {
				return java.util.Arrays.stream(history.get(i).note().split(";")).map(String::trim).filter(x -> !x.isEmpty()).toList();
			}
		}
		return List.of();
	}

	/** The citizen supplies what was missing: the dossier gets RESUBMIT and goes back to the desk. */
	@Transactional
	public OwnDossier complete(CitizenAccount account, String code, @Nullable Integer version, @Nullable List<String> supplied) {
		OwnDossier own = mine(account, code);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(version != null, "version", "error.required");
		problems.check(supplied != null && !supplied.isEmpty() && supplied.stream().noneMatch(x -> x == null || x.isBlank()),
				"supplied", "error.citizen.supplied");
		problems.throwIfAny();
		DossierView view = dossiers.resubmitOnline(own.dossier().code(), version, account.actorName(),
				"supplied online: " + String.join("; ", supplied));
		return new OwnDossier(view, own.returnChannel());
	}

	/** The citizen's dossiers, newest first. */
	@Transactional(readOnly = true)
	public List<OwnDossier> mine(CitizenAccount account) {
		record Row(String code, String channel) {
		}
		return jdbc.sql("SELECT dossier_code, return_channel FROM citizen.online_dossier WHERE account_id = :id ORDER BY submitted_at DESC")
			.param("id", account.id().value())
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2))).list().stream()
			.map(r -> new OwnDossier(dossiers.get(Caller.system(), r.code()), Channel.valueOf(r.channel())))
			.toList();
	}

	/** One of the citizen's dossiers; someone else's or an unknown code is "not found". */
	@Transactional(readOnly = true)
	public OwnDossier mine(CitizenAccount account, String code) {
		String channel = jdbc.sql("SELECT return_channel FROM citizen.online_dossier WHERE account_id = :id AND dossier_code = :code")
			.param("id", account.id().value()).param("code", code)
			.query(String.class).optional()
			.orElseThrow(() -> new NotFoundException("error.citizen.dossier-not-found"));
		return new OwnDossier(dossiers.get(Caller.system(), code), Channel.valueOf(channel));
	}
}
