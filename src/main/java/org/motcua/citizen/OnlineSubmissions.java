package org.motcua.citizen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.documents.AttachmentView;
import org.motcua.documents.Attachments;
import org.motcua.documents.DossierFiles;
import org.motcua.dossier.DossierStatus;
import org.motcua.organization.Caller;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of an online submission: the citizen uploads an electronic copy of each component, or reuses a paper
 * digitized for one of their earlier dossiers (Decree 45/2020/NĐ-CP Art. 9; Circular 01/2023/TT-VPCP: what is
 * already digitized and still valid is not asked for again). Files go through the documents module with the same
 * rules as the desk's uploads (size limit, type sniffed from the bytes, SHA-256, virus scan). A submission with
 * its files is one transaction: a refused file leaves neither the dossier nor any other file behind.
 */
@Service
class OnlineSubmissions {

	/** Statuses in which the applicant may still add files: before the desk's check, or to answer a completion request. */
	static final Set<DossierStatus> OPEN_TO_APPLICANT = Set.of(DossierStatus.SUBMITTED, DossierStatus.COMPLETION_REQUESTED);

	private final CitizenDossiers dossiers;

	private final Attachments attachments;

	OnlineSubmissions(CitizenDossiers dossiers, Attachments attachments) {
		this.dossiers = dossiers;
		this.attachments = attachments;
	}

	/** A file chosen for a component. */
	record ComponentFile(String componentCode, @Nullable String fileName, InputStreamSource content) {
	}

	/** A file of one of the citizen's earlier dossiers that can be reused for a component of the same code. */
	record ReusableFile(UUID fileId, String componentCode, String fileName, String contentType, long size, String fromDossier,
			Instant uploadedAt, @Nullable LocalDate validUntil) {
	}

	/**
	 * Submits the dossier and attaches the files and the reused papers, all or nothing. A problem with a file is
	 * reported on the field {@code files[<component code>]}.
	 */
	@Transactional
	CitizenDossiers.OwnDossier submit(CitizenAccount account, CitizenDossiers.Submission submission, List<ComponentFile> files,
			Map<String, UUID> reuse) {
		Map<String, ReusableFile> offers = new LinkedHashMap<>();
		for (ReusableFile f : reusable(account)) {
			offers.put(f.fileId() + "/" + f.componentCode(), f);
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		Set<String> declared = new HashSet<>(submission.components() == null ? List.of() : submission.components());
		for (Map.Entry<String, UUID> r : reuse.entrySet()) {
			problems.check(offers.containsKey(r.getValue() + "/" + r.getKey()), "files[" + r.getKey() + "]", "error.citizen.not-reusable");
			problems.check(declared.contains(r.getKey()), "files[" + r.getKey() + "]", "error.citizen.file-not-declared");
		}
		for (ComponentFile f : files) {
			problems.check(declared.contains(f.componentCode()), "files[" + f.componentCode() + "]", "error.citizen.file-not-declared");
		}
		problems.throwIfAny();
		CitizenDossiers.OwnDossier own = dossiers.submit(account, submission);
		String code = own.dossier().code();
		for (ComponentFile f : files) {
			attach(account, code, f);
		}
		for (Map.Entry<String, UUID> r : reuse.entrySet()) {
			try {
				attachments.reuseForApplicant(submitter(account), code, r.getValue(), r.getKey());
			}
			catch (InvalidInputException ex) {
				throw onField("files[" + r.getKey() + "]", ex);
			}
		}
		return own;
	}

	/** Adds a component's file to one of the citizen's dossiers still open to them (API and completion page). */
	@Transactional
	AttachmentView upload(CitizenAccount account, String code, ComponentFile file) {
		CitizenDossiers.OwnDossier own = dossiers.mine(account, code);
		if (!OPEN_TO_APPLICANT.contains(own.dossier().status())) {
			throw new ConflictException(null, "error.citizen.files-closed", own.dossier().code());
		}
		return attach(account, own.dossier().code(), file);
	}

	/**
	 * Answers a completion request from the page: the missing items' files and a description of what was
	 * supplied, then RESUBMIT, in one transaction (a refused file leaves the dossier waiting as it was).
	 */
	@Transactional
	CitizenDossiers.OwnDossier complete(CitizenAccount account, String code, @Nullable Integer version, @Nullable String supplied,
			List<ComponentFile> files) {
		CitizenDossiers.OwnDossier own = dossiers.mine(account, code);
		List<String> items = new ArrayList<>();
		if (supplied != null) {
			supplied.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(items::add);
		}
		for (ComponentFile f : files) {
			upload(account, own.dossier().code(), f);
			items.add(f.componentCode() + ": " + f.fileName());
		}
		return dossiers.complete(account, own.dossier().code(), version, items);
	}

	private AttachmentView attach(CitizenAccount account, String code, ComponentFile f) {
		try (InputStream in = f.content().getInputStream()) {
			return attachments.uploadForApplicant(submitter(account), code, f.componentCode(), f.fileName(), in);
		}
		catch (InvalidInputException ex) {
			throw onField("files[" + f.componentCode() + "]", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The files of the citizen's dossiers (components and results). */
	@Transactional(readOnly = true)
	DossierFiles files(CitizenAccount account, String code) {
		return attachments.list(Caller.system(), dossiers.mine(account, code).dossier().code());
	}

	/** A file of one of the citizen's dossiers; someone else's dossier or file is "not found". */
	Attachments.Content open(CitizenAccount account, String code, UUID fileId) {
		return attachments.open(Caller.system(), dossiers.mine(account, code).dossier().code(), fileId);
	}

	/**
	 * Component files of the citizen's own earlier dossiers, still valid today, one per content (SHA-256) and
	 * component code, newest first. Only the citizen's own dossiers are offered, whatever ID number the profile
	 * declares.
	 */
	@Transactional(readOnly = true)
	List<ReusableFile> reusable(CitizenAccount account) {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		List<ReusableFile> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CitizenDossiers.OwnDossier own : dossiers.mine(account)) {
			for (DossierFiles.Component c : attachments.list(Caller.system(), own.dossier().code()).components()) {
				for (AttachmentView a : c.files()) {
					if ((a.validUntil() == null || !a.validUntil().isBefore(today)) && seen.add(a.sha256() + "/" + c.code())) {
						out.add(new ReusableFile(a.id(), c.code(), a.fileName(), a.contentType(), a.size(), a.dossierCode(),
								a.uploadedAt(), a.validUntil()));
					}
				}
			}
		}
		return out;
	}

	static String submitter(CitizenAccount account) {
		return account.actorName();
	}

	private static InvalidInputException onField(String field, InvalidInputException ex) {
		return new InvalidInputException(ex.problems().stream()
			.map(p -> new InvalidInputException.FieldProblem(field, p.messageKey(), p.args())).toList());
	}
}
