package org.motcua.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.documents.Attachments;
import org.motcua.documents.DossierFiles;
import org.motcua.dossier.Dossier;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierEvents;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.organization.Caller;
import org.motcua.organization.Role;
import org.motcua.shared.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the read model from the dossiers themselves, read through the dossier module's public API (their
 * state and history), not from the events: the repair for a read model that went wrong, and the check that the
 * event-fed model is right. Events handled while it runs wait for its transaction and merge idempotently.
 */
@Service
public class Recount {

	private static final int PAGE = 200;

	private final DossierService dossiers;
	private final ReadModel model;
	private final AuditTrail audit;
	private final Attachments attachments;

	Recount(DossierService dossiers, ReadModel model, AuditTrail audit, Attachments attachments) {
		this.attachments = attachments;
		this.dossiers = dossiers;
		this.model = model;
		this.audit = audit;
	}

	/** Replaces the read model by a recount of every dossier; returns how many dossiers were read. */
	@Transactional
	public long recount(Caller caller) {
		if (!caller.hasRole(Role.SYSTEM_ADMIN)) {
			throw new ForbiddenException("error.forbidden");
		}
		Caller system = Caller.system();
		model.clear();
		long read = 0;
		for (int page = 0;; page++) {
			DossierService.Page result = dossiers.search(system,
					new DossierService.Query(null, null, null, null, null, null, false, page, PAGE));
			for (DossierView v : result.items()) {
				List<Dossier.HistoryEntry> history = asEvents(v, dossiers.history(system, v.code()));
				List<ReadModel.Action> actions = history.stream()
					.map(h -> new ReadModel.Action(h.action(), h.at(), h.actor(), v.receivingUnitCode(), v.procedureCode()))
					.toList();
				model.rebuild(fact(v, history), actions);
				model.steps(v.code(), DossierEvents.StepGrades.of(v.progress()));
				DossierFiles files = attachments.list(system, v.code());
				if (!files.components().stream().allMatch(c -> c.files().isEmpty()) || !files.results().isEmpty()) {
					model.files(v.code(), files.componentsDigitized(), files.electronicResult(), files.reused(), Instant.EPOCH);
				}
				read++;
			}
			if (result.items().size() < PAGE) {
				audit.record("REPORTING_RECOUNT", "ReadModel", "reporting", "Read model rebuilt from %d dossiers".formatted(read));
				return read;
			}
		}
	}

	/**
	 * The history with the times the events carry: a desk's refusal or completion request at intake is published
	 * with the registration, at the receipt time.
	 */
	static List<Dossier.HistoryEntry> asEvents(DossierView v, List<Dossier.HistoryEntry> history) {
		List<Dossier.HistoryEntry> list = new ArrayList<>(history);
		if (!list.isEmpty() && v.channel() != org.motcua.dossier.Channel.ONLINE && list.get(0).from() == DossierStatus.SUBMITTED
				&& (list.get(0).action() == DossierAction.REFUSE || list.get(0).action() == DossierAction.REQUEST_COMPLETION)) {
			Dossier.HistoryEntry h = list.get(0);
			list.set(0, new Dossier.HistoryEntry(v.submittedAt(), h.action(), h.actor(), h.from(), h.to(), h.note()));
		}
		return list;
	}

	/** The fact the events would have built for this dossier, taken from its state and history. */
	DossierFact fact(DossierView v, List<Dossier.HistoryEntry> history) {
		Instant last = history.isEmpty() ? v.submittedAt() : history.get(history.size() - 1).at();
		return new DossierFact(v.code(), v.parentCode(), true, v.receivingUnitCode(), v.procedureCode(),
				model.fieldOf(v.procedureCode()), v.channel().name(), v.submittedAt(), v.dueAt(), last,
				v.timeliness() == null ? null : v.resultIssuedAt(), v.timeliness(),
				first(history, DossierAction.REFUSE, null), v.status() == DossierStatus.STOPPED ? v.stoppedAt() : null,
				first(history, DossierAction.CANCEL, null), DossierFact.Files.NONE, model.reportedDissatisfied(v.code()));
	}

	private static @Nullable Instant first(List<Dossier.HistoryEntry> history, DossierAction action, @Nullable Instant none) {
		return history.stream().filter(h -> h.action() == action).map(Dossier.HistoryEntry::at).findFirst().orElse(none);
	}
}
