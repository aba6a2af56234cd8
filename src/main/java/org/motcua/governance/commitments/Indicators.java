package org.motcua.governance.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.Timeliness;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierView;
import org.motcua.governance.tasks.Tasks;
import org.motcua.organization.Caller;
import org.springframework.stereotype.Component;

/**
 * Measures targets from the system's data: the dossier rates of a unit through the dossier module's public search
 * ({@link DossierService#search}), the share of them digitized from the documents module's facts
 * ({@code Attachments#digitized}), the share of tasks done on time from this module's tasks. Dossiers count for the
 * year they were received in (submitted, for online dossiers not yet received); a dossier counts for its receiving unit
 * and for the units that processed it, as the dossier search does. The self-assessment pre-fills criteria with it too.
 */
@Component
public class Indicators {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	static final int PAGE = 500;

	private final DossierService dossiers;
	private final Tasks tasks;
	private final org.motcua.documents.Attachments attachments;

	Indicators(DossierService dossiers, Tasks tasks, org.motcua.documents.Attachments attachments) {
		this.dossiers = dossiers;
		this.tasks = tasks;
		this.attachments = attachments;
	}

	/** The dossiers of a unit in a year, read once per commitment. */
	public List<DossierView> dossiersOf(String unitCode, int year) {
		List<DossierView> all = new ArrayList<>();
		int page = 0;
		while (true) {
			DossierService.Page p = dossiers.search(Caller.system(),
					new DossierService.Query(null, unitCode, null, null, null, null, false, page, PAGE));
			for (DossierView d : p.items()) {
				Instant at = d.receivedAt() != null ? d.receivedAt() : d.submittedAt();
				if (LocalDate.ofInstant(at, ZONE).getYear() == year) {
					all.add(d);
				}
			}
			if ((long) (page + 1) * PAGE >= p.total()) {
				return all;
			}
			page++;
		}
	}

	public Indicator measure(TargetKind kind, String unitCode, @Nullable String agencyCode, int year, List<DossierView> dossiers) {
		return switch (kind) {
			case ON_TIME_RATE -> {
				List<Timeliness> graded = dossiers.stream().map(DossierView::timeliness).filter(t -> t != null).map(t -> (Timeliness) t).toList();
				yield Indicator.rate(graded.stream().filter(t -> t != Timeliness.LATE).count(), graded.size());
			}
			case LATE_DOSSIERS_MAX -> Indicator.count(dossiers.stream().filter(d -> d.timeliness() == Timeliness.LATE || d.overdue()).count(),
					dossiers.size());
			case ONLINE_RATE -> Indicator.rate(dossiers.stream().filter(d -> d.channel() == Channel.ONLINE).count(), dossiers.size());
			// Decision 766/QĐ-TTg indicator 4.2, from the documents module's digitization facts (its public API)
			case DIGITIZED_RATE -> Indicator.rate(dossiers.isEmpty() ? 0 : attachments.digitized(dossiers).size(), dossiers.size());
			case QUALITATIVE -> Indicator.notMeasurable();
			case TASKS_ON_TIME_RATE -> {
				Tasks.OnTimeStats s = tasks.onTimeStats(agencyCode != null ? agencyCode : unitCode, year);
				yield Indicator.rate(s.doneOnTime(), s.doneOnTime() + s.doneLate());
			}
		};
	}
}
