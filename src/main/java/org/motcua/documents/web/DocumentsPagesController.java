package org.motcua.documents.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.motcua.documents.Attachments;
import org.motcua.documents.FormService;
import org.motcua.dossier.DossierService;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.DomainException;
import org.motcua.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of a dossier in the browser: the panel on the dossier page (loaded by htmx, or a page of its own
 * without JavaScript) with the components and their files, the digitized and reused flags, the upload and reuse
 * forms, and the print buttons of the forms the dossier has reached.
 */
@Controller
class DocumentsPagesController {

	private final FormService forms;
	private final Attachments attachments;
	private final DossierService dossiers;
	private final Organization organization;
	private final MessageSource messages;

	DocumentsPagesController(FormService forms, Attachments attachments, DossierService dossiers, Organization organization,
			MessageSource messages) {
		this.forms = forms;
		this.attachments = attachments;
		this.dossiers = dossiers;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/dossiers/{code}/documents")
	String panel(@PathVariable String code, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Authentication auth, Model model) {
		fill(organization.caller(auth.getName()), code, model, List.of());
		return htmx != null ? "documents/panel :: panel" : "documents/panel";
	}

	private void fill(Caller caller, String code, Model model, List<String> errors) {
		model.addAttribute("d", dossiers.get(caller, code));
		model.addAttribute("forms", forms.available(caller, code));
		model.addAttribute("files", attachments.list(caller, code));
		model.addAttribute("offers", attachments.reuseOffers(caller, code));
		model.addAttribute("zone", org.motcua.calendar.WorkingCalendar.ZONE);
		model.addAttribute("fileErrors", errors);
	}

	@PostMapping("/dossiers/{code}/files")
	String upload(@PathVariable String code, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String componentCode, @RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String validUntil, Authentication auth, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			FilesApiController.upload(attachments, organization, auth, code, file, componentCode, purpose, validUntil);
			redirect.addFlashAttribute("flash", "documents.flash.attached");
			return "redirect:/dossiers/" + code;
		}
		catch (DomainException ex) {
			fill(organization.caller(auth.getName()), code, model, messagesOf(ex));
			return "documents/panel";
		}
	}

	@PostMapping("/dossiers/{code}/files/reuse")
	String reuse(@PathVariable String code, @RequestParam(required = false) @Nullable UUID fileId,
			@RequestParam(required = false) @Nullable String componentCode, Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			attachments.reuse(organization.caller(auth.getName()), code, fileId, componentCode);
			redirect.addFlashAttribute("flash", "documents.flash.reused");
			return "redirect:/dossiers/" + code;
		}
		catch (DomainException ex) {
			fill(organization.caller(auth.getName()), code, model, messagesOf(ex));
			return "documents/panel";
		}
	}

	@GetMapping("/tracking-book")
	String trackingBook(Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		java.time.LocalDate today = java.time.LocalDate.now(org.motcua.calendar.WorkingCalendar.ZONE);
		model.addAttribute("unitCode", caller.official().unitCode());
		model.addAttribute("from", today.withDayOfMonth(1));
		model.addAttribute("to", today);
		return "documents/book";
	}

	@GetMapping("/dossiers/{code}/files/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable String code, @PathVariable UUID id, Authentication auth) {
		return FilesApiController.download(attachments.open(organization.caller(auth.getName()), code, id));
	}

	@GetMapping("/dossiers/{code}/forms/{form}")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form, Authentication auth) {
		return FormsApiController.pdf(forms.issue(organization.caller(auth.getName()), code, FormsApiController.parse(form)));
	}

	private List<String> messagesOf(DomainException ex) {
		if (ex instanceof InvalidInputException invalid) {
			return invalid.problems().stream().map(p -> message(p.messageKey(), p.args())).toList();
		}
		if (ex instanceof org.motcua.shared.NotFoundException) {
			throw ex;
		}
		return List.of(message(ex.messageKey(), ex.args()));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
