package org.motcua.citizen;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureContent;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The online submission page ({@code /cong-dan/nop-ho-so/{procedure}}), reached from the public procedure page,
 * and the citizen API's file upload. The applicant's particulars come from the profile; the citizen chooses the
 * receiving unit, the return channel, the components handed in and a file (or an earlier digitized paper) for
 * each. On a problem the form comes back with every value kept and the message next to its field.
 */
@Controller
class CitizenSubmissionController {

	static final List<Channel> RETURN_CHANNELS = List.of(Channel.COUNTER, Channel.POST, Channel.ONLINE);

	private final CitizenAccounts accounts;
	private final OnlineSubmissions submissions;
	private final Catalog catalog;
	private final Organization organization;
	private final MessageSource messages;
	private final CitizenDrafts drafts;

	CitizenSubmissionController(CitizenAccounts accounts, OnlineSubmissions submissions, Catalog catalog, Organization organization,
			MessageSource messages, CitizenDrafts drafts) {
		this.drafts = drafts;
		this.accounts = accounts;
		this.submissions = submissions;
		this.catalog = catalog;
		this.organization = organization;
		this.messages = messages;
	}

	/** What the citizen fills in; the applicant is the profile. */
	static final class SubmissionForm {

		private String receivingUnitCode = "";
		private String returnChannel = "COUNTER";
		private String address = "";
		private String representativeName = "";
		private String representativeCitizenId = "";
		private String representativePhone = "";
		private List<String> components = new ArrayList<>();
		private @Nullable Long draftId;

		public String getReceivingUnitCode() { return receivingUnitCode; }
		public void setReceivingUnitCode(String v) { this.receivingUnitCode = v; }
		public String getReturnChannel() { return returnChannel; }
		public void setReturnChannel(String v) { this.returnChannel = v; }
		public String getAddress() { return address; }
		public void setAddress(String v) { this.address = v; }
		public String getRepresentativeName() { return representativeName; }
		public void setRepresentativeName(String v) { this.representativeName = v; }
		public String getRepresentativeCitizenId() { return representativeCitizenId; }
		public void setRepresentativeCitizenId(String v) { this.representativeCitizenId = v; }
		public String getRepresentativePhone() { return representativePhone; }
		public void setRepresentativePhone(String v) { this.representativePhone = v; }
		public List<String> getComponents() { return components; }
		public void setComponents(List<String> v) { this.components = v; }
		public @Nullable Long getDraftId() { return draftId; }
		public void setDraftId(@Nullable Long v) { this.draftId = v; }

		@Nullable Applicant representative() {
			if (representativeName.isBlank() && representativeCitizenId.isBlank() && representativePhone.isBlank()) {
				return null;
			}
			return new Applicant(representativeName, blankToNull(representativeCitizenId), blankToNull(representativePhone), null, null);
		}

		CitizenDossiers.Submission submission(String procedureCode) {
			return new CitizenDossiers.Submission(procedureCode, receivingUnitCode, returnChannel, blankToNull(address), representative(),
					components);
		}
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/** The procedure as published, if it may be submitted online. */
	ProcedureVersion onlineProcedure(String code) {
		ProcedureVersion v = catalog.published(code).orElseThrow(() -> new NotFoundException("error.catalog.not-found", code));
		if (v.content().channels().stream().noneMatch(org.motcua.catalog.Channel::online)) {
			throw new NotFoundException("error.citizen.not-online", code);
		}
		return v;
	}

	@GetMapping("/cong-dan/nop-ho-so/{procedureCode}")
	String form(Principal principal, @PathVariable String procedureCode, Model model) {
		ProcedureVersion v = onlineProcedure(procedureCode);
		SubmissionForm form = new SubmissionForm();
		if (v.content().unitCodes().size() == 1) {
			form.setReceivingUnitCode(v.content().unitCodes().get(0));
		}
		form.setComponents(new ArrayList<>(v.content().components().stream().filter(c -> c.required()).map(c -> c.code()).toList()));
		model.addAttribute("form", form);
		return page(principal, v, model, Map.of());
	}

	/** Resumes a saved draft: the form as it was saved (files are chosen again when submitting). */
	@GetMapping(path = "/cong-dan/nop-ho-so/{procedureCode}", params = "draft")
	String resume(Principal principal, @PathVariable String procedureCode, @RequestParam("draft") long draftId, Model model) {
		CitizenDrafts.Draft draft = drafts.get(accounts.current(principal.getName()), draftId);
		if (!draft.procedureCode().equals(procedureCode)) {
			throw new NotFoundException("error.citizen.draft-not-found", draftId);
		}
		ProcedureVersion v = onlineProcedure(procedureCode);
		CitizenDossiers.Submission d = draft.submission();
		SubmissionForm form = new SubmissionForm();
		form.setDraftId(draft.id());
		form.setReceivingUnitCode(d.receivingUnitCode() == null ? "" : d.receivingUnitCode());
		form.setReturnChannel(d.returnChannel() == null ? "COUNTER" : d.returnChannel());
		form.setAddress(d.address() == null ? "" : d.address());
		if (d.representative() != null) {
			form.setRepresentativeName(d.representative().fullName());
			form.setRepresentativeCitizenId(d.representative().citizenId() == null ? "" : d.representative().citizenId());
			form.setRepresentativePhone(d.representative().phone() == null ? "" : d.representative().phone());
		}
		form.setComponents(new ArrayList<>(d.components() == null ? List.of() : d.components()));
		model.addAttribute("form", form);
		model.addAttribute("draftVersion", draft.version());
		return page(principal, v, model, Map.of());
	}

	/** Saves what was filled in as a draft (no checks, no dossier: the desk does not see it). */
	@PostMapping(path = "/cong-dan/nop-ho-so/{procedureCode}", params = "draft")
	String saveDraft(Principal principal, @PathVariable String procedureCode, @ModelAttribute("form") SubmissionForm form,
			@RequestParam(required = false) @Nullable Integer draftVersion) {
		ProcedureVersion v = onlineProcedure(procedureCode);
		CitizenDrafts.Draft saved = drafts.save(accounts.current(principal.getName()), form.getDraftId(), draftVersion,
				form.submission(v.code()));
		return "redirect:/cong-dan/ho-so?draftSaved=" + saved.id();
	}

	String page(Principal principal, ProcedureVersion v, Model model, Map<String, String> fileErrors) {
		CitizenAccount account = accounts.current(principal.getName());
		ProcedureContent c = v.content();
		Map<String, String> units = new LinkedHashMap<>();
		for (String u : c.unitCodes()) {
			units.put(u, organization.findUnit(u).map(x -> x.name()).orElse(u));
		}
		Map<String, List<OnlineSubmissions.ReusableFile>> reusable = new LinkedHashMap<>();
		for (OnlineSubmissions.ReusableFile f : submissions.reusable(account)) {
			reusable.computeIfAbsent(f.componentCode(), k -> new ArrayList<>()).add(f);
		}
		model.addAttribute("account", account);
		model.addAttribute("v", v);
		model.addAttribute("c", c);
		model.addAttribute("units", units);
		model.addAttribute("returnChannels", RETURN_CHANNELS);
		model.addAttribute("reusable", reusable);
		model.addAttribute("fileErrors", fileErrors);
		return "citizen/submit";
	}

	@PostMapping(path = "/cong-dan/nop-ho-so/{procedureCode}", params = "!draft")
	String submit(Principal principal, @PathVariable String procedureCode, @ModelAttribute("form") SubmissionForm form,
			BindingResult errors, MultipartHttpServletRequest request, Model model, HttpServletResponse response, Locale locale) {
		ProcedureVersion v = onlineProcedure(procedureCode);
		CitizenAccount account = accounts.current(principal.getName());
		List<OnlineSubmissions.ComponentFile> files = new ArrayList<>();
		Map<String, UUID> reuse = new LinkedHashMap<>();
		Map<String, String> fileErrors = new LinkedHashMap<>();
		for (var component : v.content().components()) {
			MultipartFile file = request.getFile("file_" + component.code());
			String reused = request.getParameter("reuse_" + component.code());
			if (reused != null && !reused.isBlank()) {
				try {
					reuse.put(component.code(), UUID.fromString(reused));
				}
				catch (IllegalArgumentException ex) {
					fileErrors.put(component.code(), message("error.citizen.not-reusable", new Object[0], locale));
				}
			}
			else if (file != null && !file.isEmpty()) {
				files.add(new OnlineSubmissions.ComponentFile(component.code(), file.getOriginalFilename(), file));
			}
		}
		try {
			if (!fileErrors.isEmpty()) {
				throw new InvalidInputException(List.of());
			}
			CitizenDossiers.OwnDossier own = submissions.submit(account, form.submission(v.code()), files, reuse);
			if (form.getDraftId() != null) {
				drafts.delete(account, form.getDraftId());
			}
			return "redirect:/cong-dan/ho-so/" + own.dossier().code() + "?submitted";
		}
		catch (InvalidInputException ex) {
			bind(ex, errors, fileErrors, locale);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(principal, v, model, fileErrors);
		}
	}

	/** Puts each problem next to its field: files by component, the representative's fields, the rest by name. */
	void bind(InvalidInputException ex, BindingResult errors, Map<String, String> fileErrors, Locale locale) {
		for (InvalidInputException.FieldProblem p : ex.problems()) {
			String field = p.field();
			if (field.startsWith("files[") && field.endsWith("]")) {
				fileErrors.merge(field.substring(6, field.length() - 1), message(p.messageKey(), p.args(), locale), (a, b) -> a + " " + b);
				continue;
			}
			String target = switch (field) {
				case "representative.fullName" -> "representativeName";
				case "representative.citizenId" -> "representativeCitizenId";
				case "representative.phone" -> "representativePhone";
				case "applicant.address" -> "address";
				case "receivingUnitCode", "returnChannel", "address" -> field;
				default -> field.startsWith("components") ? "components" : null;
			};
			if (target != null) {
				errors.rejectValue(target, p.messageKey(), p.args(), p.messageKey());
			}
			else {
				errors.reject(p.messageKey(), p.args(), p.messageKey());
			}
		}
	}

	private String message(String key, Object[] args, Locale locale) {
		return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key }, args, key), locale);
	}

	/** A component's file uploaded through the citizen API: same checks as the desk's uploads. */
	@PostMapping(path = "/api/v1/citizen/dossiers/{code}/files", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@ResponseBody
	org.motcua.documents.AttachmentView upload(Principal principal, @PathVariable String code,
			@RequestParam(required = false) @Nullable String componentCode, @RequestParam(required = false) @Nullable MultipartFile file) {
		if (file == null) {
			throw InvalidInputException.of("file", "error.required");
		}
		if (componentCode == null || componentCode.isBlank()) {
			throw InvalidInputException.of("componentCode", "error.required");
		}
		try {
			return submissions.upload(accounts.current(principal.getName()), code,
					new OnlineSubmissions.ComponentFile(componentCode.trim(), file.getOriginalFilename(), file));
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(ex.problems().stream()
				.map(p -> new InvalidInputException.FieldProblem(p.field().startsWith("files[") ? "file" : p.field(), p.messageKey(), p.args()))
				.toList());
		}
	}
}
