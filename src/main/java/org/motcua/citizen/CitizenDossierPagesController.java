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
import org.motcua.calendar.WorkingCalendar;
import org.motcua.documents.Attachments;
import org.motcua.dossier.Dossier;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierStatus;
import org.motcua.organization.Caller;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The citizen's dossiers ({@code /cong-dan/ho-so}): the list with the saved drafts, one dossier with its status,
 * public timeline, appointment and any apology, its files and electronic results to download, and the completion
 * page answering the desk's request. Only the citizen's own dossiers open; any other code is "not found".
 */
@Controller
class CitizenDossierPagesController {

	private final CitizenAccounts accounts;
	private final CitizenDossiers dossiers;
	private final OnlineSubmissions submissions;
	private final CitizenDrafts drafts;
	private final DossierService dossierService;
	private final MessageSource messages;

	CitizenDossierPagesController(CitizenAccounts accounts, CitizenDossiers dossiers, OnlineSubmissions submissions, CitizenDrafts drafts,
			DossierService dossierService, MessageSource messages) {
		this.accounts = accounts;
		this.dossiers = dossiers;
		this.submissions = submissions;
		this.drafts = drafts;
		this.dossierService = dossierService;
		this.messages = messages;
	}

	@GetMapping("/cong-dan/ho-so")
	String list(Principal principal, Model model) {
		CitizenAccount account = accounts.current(principal.getName());
		model.addAttribute("dossiers", dossiers.mine(account));
		model.addAttribute("drafts", drafts.mine(account));
		model.addAttribute("zone", WorkingCalendar.ZONE);
		return "citizen/dossiers";
	}

	/** A public step of the dossier: when, what happened, the status after it (no officials' names or notes). */
	record Step(java.time.Instant at, org.motcua.dossier.DossierAction action, DossierStatus status) {
	}

	@GetMapping("/cong-dan/ho-so/{code}")
	String one(Principal principal, @PathVariable String code, Model model) {
		CitizenAccount account = accounts.current(principal.getName());
		CitizenDossiers.OwnDossier own = dossiers.mine(account, code);
		List<Step> timeline = new ArrayList<>();
		for (Dossier.HistoryEntry h : dossierService.history(Caller.system(), own.dossier().code())) {
			timeline.add(new Step(h.at(), h.action(), h.to()));
		}
		model.addAttribute("own", own);
		model.addAttribute("d", own.dossier());
		model.addAttribute("timeline", timeline);
		model.addAttribute("files", submissions.files(account, code));
		model.addAttribute("zone", WorkingCalendar.ZONE);
		return "citizen/dossier";
	}

	/** Downloads a file of the citizen's own dossier (e.g. the electronic result); anything else is 404. */
	@GetMapping("/cong-dan/ho-so/{code}/tep/{fileId}")
	ResponseEntity<InputStreamResource> download(Principal principal, @PathVariable String code, @PathVariable UUID fileId) {
		Attachments.Content content = submissions.open(accounts.current(principal.getName()), code, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.file().contentType()))
			.contentLength(content.file().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(content.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", content.file().sha256())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.stream()));
	}

	@GetMapping("/cong-dan/ho-so/{code}/bo-sung")
	String completion(Principal principal, @PathVariable String code, Model model) {
		return completionPage(accounts.current(principal.getName()), code, model, "", Map.of(), null);
	}

	private String completionPage(CitizenAccount account, String code, Model model, String supplied, Map<String, String> fileErrors,
			@Nullable String error) {
		CitizenDossiers.OwnDossier own = dossiers.mine(account, code);
		model.addAttribute("d", own.dossier());
		model.addAttribute("missing", dossiers.missingItems(account, code));
		model.addAttribute("supplied", supplied);
		model.addAttribute("fileErrors", fileErrors);
		model.addAttribute("error", error);
		return "citizen/completion";
	}

	@PostMapping("/cong-dan/ho-so/{code}/bo-sung")
	String complete(Principal principal, @PathVariable String code, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(defaultValue = "") String supplied, MultipartHttpServletRequest request, Model model,
			HttpServletResponse response, Locale locale) {
		CitizenAccount account = accounts.current(principal.getName());
		CitizenDossiers.OwnDossier own = dossiers.mine(account, code);
		List<OnlineSubmissions.ComponentFile> files = new ArrayList<>();
		for (var c : own.dossier().components()) {
			MultipartFile f = request.getFile("file_" + c.code());
			if (f != null && !f.isEmpty()) {
				files.add(new OnlineSubmissions.ComponentFile(c.code(), f.getOriginalFilename(), f));
			}
		}
		try {
			submissions.complete(account, code, version, supplied, files);
			return "redirect:/cong-dan/ho-so/" + own.dossier().code() + "?resubmitted";
		}
		catch (InvalidInputException ex) {
			Map<String, String> fileErrors = new LinkedHashMap<>();
			List<String> other = new ArrayList<>();
			for (InvalidInputException.FieldProblem p : ex.problems()) {
				String text = messages.getMessage(new DefaultMessageSourceResolvable(new String[] { p.messageKey() }, p.args(), p.messageKey()), locale);
				if (p.field().startsWith("files[")) {
					fileErrors.put(p.field().substring(6, p.field().length() - 1), text);
				}
				else {
					other.add(text);
				}
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return completionPage(account, code, model, supplied, fileErrors, other.isEmpty() ? null : String.join(" ", other));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			String text = messages.getMessage(new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.args(), ex.messageKey()), locale);
			return completionPage(account, code, model, supplied, Map.of(), text);
		}
	}

	@PostMapping("/cong-dan/ban-nhap/{id}/xoa")
	String deleteDraft(Principal principal, @PathVariable long id) {
		drafts.delete(accounts.current(principal.getName()), id);
		return "redirect:/cong-dan/ho-so";
	}
}
