package org.motcua.dossier.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.dossier.ActionCommand;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.ComponentCheck;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.ProcedureTerms;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-stop desk and processing pages: intake form with the procedure's checklist, the desk's queue, the
 * inbox ordered by urgency, the dossier list with search, and the dossier page with its timeline and the
 * actions allowed to the official now.
 */
@Controller
class DossierPagesController {

	static final ZoneId ZONE = WorkingCalendar.ZONE;

	private final DossierService dossiers;
	private final Organization organization;
	private final org.springframework.context.MessageSource messages;

	DossierPagesController(DossierService dossiers, Organization organization, org.springframework.context.MessageSource messages) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.messages = messages;
	}

	// ------------------------------------------------------------------ lists

	@GetMapping("/dossiers")
	String list(@RequestParam(required = false) @Nullable DossierStatus status, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean atRisk,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		DossierService.Page result = dossiers.search(caller, new DossierService.Query(status, null, null, overdue ? true : null,
				atRisk ? true : null, q, false, Math.max(0, page), 25));
		model.addAttribute("result", result);
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("overdue", overdue);
		model.addAttribute("atRisk", atRisk);
		model.addAttribute("zone", ZONE);
		return htmx != null ? "dossier/list :: rows" : "dossier/list";
	}

	@GetMapping("/inbox")
	String inbox(Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("result", dossiers.search(caller, new DossierService.Query(null, null, null, null, null, null, true, 0, 100)));
		model.addAttribute("zone", ZONE);
		return "dossier/inbox";
	}

	@GetMapping("/desk")
	String desk(Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("waiting", dossiers.search(caller, new DossierService.Query(DossierStatus.SUBMITTED, null, null, null,
				null, null, false, 0, 100)).items());
		LocalDate today = LocalDate.now(ZONE);
		model.addAttribute("today", dossiers.search(caller, new DossierService.Query(null, null, null, null, null, null, false, 0, 200))
			.items().stream().filter(d -> d.submittedAt().atZone(ZONE).toLocalDate().equals(today)).toList());
		model.addAttribute("ready", dossiers.search(caller, new DossierService.Query(DossierStatus.RESULT_READY, null, null, null,
				null, null, false, 0, 100)).items());
		model.addAttribute("zone", ZONE);
		return "dossier/desk";
	}

	// ------------------------------------------------------------------ intake

	@GetMapping("/desk/intake")
	String intakeForm(@RequestParam(required = false) @Nullable String procedureCode, Authentication auth, Model model) {
		IntakeForm form = new IntakeForm();
		if (procedureCode != null) {
			form.setProcedureCode(procedureCode);
		}
		model.addAttribute("form", form);
		return intakePage(auth, model, form);
	}

	@GetMapping("/desk/intake/procedures")
	String procedureChoices(@RequestParam(defaultValue = "") String q, Authentication auth, Model model) {
		model.addAttribute("choices", dossiers.procedureChoices(organization.caller(auth.getName()), q));
		return "dossier/intake :: choices";
	}

	@GetMapping("/desk/intake/checklist")
	String checklist(@RequestParam(defaultValue = "") String procedureCode, Authentication auth, Model model) {
		IntakeForm form = new IntakeForm();
		form.setProcedureCode(procedureCode);
		model.addAttribute("form", form);
		model.addAttribute("terms", dossiers.termsForIntake(organization.caller(auth.getName()), procedureCode.trim()).orElse(null));
		return "dossier/intake :: checklist";
	}

	private String intakePage(Authentication auth, Model model, IntakeForm form) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("terms", form.getProcedureCode().isBlank() ? null
				: dossiers.termsForIntake(caller, form.getProcedureCode().trim()).orElse(null));
		model.addAttribute("channels", List.of(Channel.COUNTER, Channel.POST));
		model.addAttribute("unitName", caller.official().unitName());
		return "dossier/intake";
	}

	@PostMapping("/desk/intake")
	String intake(@ModelAttribute("form") IntakeForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Caller caller = organization.caller(auth.getName());
				DossierService.IntakeResult created = dossiers.intake(caller, form.toCommand(), form.getRequestId());
				redirect.addFlashAttribute("flash", "dossier.flash.received");
				return "redirect:/dossiers/" + created.dossier().code();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(new InvalidInputException(ex.problems().stream()
					.map(p -> new InvalidInputException.FieldProblem(formField(p.field()), p.messageKey(), p.args())).toList()), result);
			}
		}
		return intakePage(auth, model, form);
	}

	// ------------------------------------------------------------------ dossier page and actions

	@GetMapping("/dossiers/{code}")
	String dossier(@PathVariable String code, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		DossierView dossier = dossiers.get(caller, code);
		model.addAttribute("d", dossier);
		model.addAttribute("history", dossiers.history(caller, code));
		model.addAttribute("notes", new HistoryNotes());
		model.addAttribute("zone", ZONE);
		model.addAttribute("returnChannels", Channel.values());
		if (!model.containsAttribute("actionErrors")) {
			model.addAttribute("actionErrors", List.of());
		}
		return "dossier/dossier";
	}

	@PostMapping("/dossiers/{code}/actions")
	String act(@PathVariable String code, @RequestParam("action") DossierAction action, @RequestParam("version") int version,
			@RequestParam(required = false) @Nullable String note, @RequestParam(required = false) @Nullable String missingItems,
			@RequestParam(required = false) @Nullable String lead, @RequestParam(required = false) @Nullable Integer step,
			@RequestParam(required = false) @Nullable String agencyCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime deadline,
			@RequestParam(required = false) @Nullable Integer consultation, @RequestParam(required = false) @Nullable String toUnitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime newDueAt,
			@RequestParam(required = false) @Nullable Channel via, Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		List<String> items = missingItems == null ? null
				: Arrays.stream(missingItems.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		ActionCommand cmd = new ActionCommand(action, version, note, items, lead, null, null, step, agencyCode,
				instant(deadline), consultation, toUnitCode, instant(newDueAt), via);
		try {
			dossiers.act(caller, code, cmd);
			redirect.addFlashAttribute("flash", "dossier.flash.done");
			return "redirect:/dossiers/" + code;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("actionErrors", ex.problems().stream().map(p -> message(p.messageKey(), p.args())).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("actionErrors", List.of(message(ex.messageKey(), ex.args())));
		}
		return dossier(code, auth, model);
	}

	private String message(String key, Object[] args) {
		return messages.getMessage(key, args, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	/** The intake form's field for a field of the intake command. */
	static String formField(String field) {
		return switch (field) {
			case "applicant.fullName" -> "fullName";
			case "applicant.citizenId" -> "citizenId";
			case "applicant.phone" -> "phone";
			case "applicant.email" -> "email";
			case "representative.fullName" -> "representativeName";
			case "representative.phone" -> "representativePhone";
			case "components" -> "provided";
			case "missingItems" -> "missingItems";
			default -> field;
		};
	}

	private static @Nullable Instant instant(@Nullable LocalDateTime local) {
		return local == null ? null : local.atZone(ZONE).toInstant();
	}

	/** The intake form; {@code requestId} makes a double submission of the same form create one dossier. */
	public static class IntakeForm {

		private String procedureCode = "";
		private Channel channel = Channel.COUNTER;
		private String fullName = "";
		private String citizenId = "";
		private @Nullable String phone;
		private @Nullable String email;
		private @Nullable String address;
		private @Nullable String representativeName;
		private @Nullable String representativePhone;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private @Nullable LocalDateTime receivedAt;
		private List<String> provided = new ArrayList<>();
		private DossierAction outcome = DossierAction.ACCEPT;
		private @Nullable String missingItems;
		private @Nullable String reasons;
		private String requestId = java.util.UUID.randomUUID().toString();

		IntakeCommand toCommand() {
			Map<String, Boolean> checks = new LinkedHashMap<>();
			provided.forEach(c -> checks.put(c, true));
			List<ComponentCheck> components = checks.keySet().stream().map(c -> new ComponentCheck(c, null, true, null, null)).toList();
			Applicant representative = representativeName == null || representativeName.isBlank() ? null
					: new Applicant(representativeName, null, representativePhone, null, null);
			List<String> missing = missingItems == null ? List.of()
					: Arrays.stream(missingItems.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
			return new IntakeCommand(procedureCode, null, channel, new Applicant(fullName, citizenId, phone, email, address),
					representative, receivedAt == null ? null : receivedAt.atZone(ZONE).toInstant(), components, outcome, missing,
					reasons);
		}

		public String getProcedureCode() { return procedureCode; }
		public void setProcedureCode(@Nullable String v) { this.procedureCode = v == null ? "" : v; }
		public Channel getChannel() { return channel; }
		public void setChannel(@Nullable Channel v) { this.channel = v == null ? Channel.COUNTER : v; }
		public String getFullName() { return fullName; }
		public void setFullName(@Nullable String v) { this.fullName = v == null ? "" : v; }
		public String getCitizenId() { return citizenId; }
		public void setCitizenId(@Nullable String v) { this.citizenId = v == null ? "" : v; }
		public @Nullable String getPhone() { return phone; }
		public void setPhone(@Nullable String v) { this.phone = v; }
		public @Nullable String getEmail() { return email; }
		public void setEmail(@Nullable String v) { this.email = v; }
		public @Nullable String getAddress() { return address; }
		public void setAddress(@Nullable String v) { this.address = v; }
		public @Nullable String getRepresentativeName() { return representativeName; }
		public void setRepresentativeName(@Nullable String v) { this.representativeName = v; }
		public @Nullable String getRepresentativePhone() { return representativePhone; }
		public void setRepresentativePhone(@Nullable String v) { this.representativePhone = v; }
		public @Nullable LocalDateTime getReceivedAt() { return receivedAt; }
		public void setReceivedAt(@Nullable LocalDateTime v) { this.receivedAt = v; }
		public List<String> getProvided() { return provided; }
		public void setProvided(@Nullable List<String> v) { this.provided = v == null ? new ArrayList<>() : v; }
		public DossierAction getOutcome() { return outcome; }
		public void setOutcome(@Nullable DossierAction v) { this.outcome = v == null ? DossierAction.ACCEPT : v; }
		public @Nullable String getMissingItems() { return missingItems; }
		public void setMissingItems(@Nullable String v) { this.missingItems = v; }
		public @Nullable String getReasons() { return reasons; }
		public void setReasons(@Nullable String v) { this.reasons = v; }
		public String getRequestId() { return requestId; }
		public void setRequestId(@Nullable String v) { this.requestId = v == null || v.isBlank() ? java.util.UUID.randomUUID().toString() : v; }
	}


	/** Renders history notes: an official's text as written, a system note in the reader's language. */
	final class HistoryNotes {

		public String text(String note) {
			if (!note.startsWith(org.motcua.dossier.Dossier.SYSTEM_NOTE)) {
				return note;
			}
			String body = note.substring(org.motcua.dossier.Dossier.SYSTEM_NOTE.length());
			int colon = body.indexOf(':');
			String key = colon < 0 ? body : body.substring(0, colon);
			Object[] args = colon < 0 ? new Object[0] : new Object[] { body.substring(colon + 1) };
			return message("dossier.history." + key, args);
		}
	}
}
