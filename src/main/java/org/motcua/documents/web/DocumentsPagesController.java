package org.motcua.documents.web;

import org.jspecify.annotations.Nullable;
import org.motcua.documents.FormService;
import org.motcua.dossier.DossierService;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The documents of a dossier in the browser: the panel on the dossier page (loaded by htmx, or as a page of its own
 * without JavaScript) with the print buttons of the forms the dossier has reached, and the forms themselves.
 */
@Controller
class DocumentsPagesController {

	private final FormService forms;
	private final DossierService dossiers;
	private final Organization organization;

	DocumentsPagesController(FormService forms, DossierService dossiers, Organization organization) {
		this.forms = forms;
		this.dossiers = dossiers;
		this.organization = organization;
	}

	@GetMapping("/dossiers/{code}/documents")
	String panel(@PathVariable String code, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("d", dossiers.get(caller, code));
		model.addAttribute("forms", forms.available(caller, code));
		return htmx != null ? "documents/panel :: panel" : "documents/panel";
	}

	@GetMapping("/dossiers/{code}/forms/{form}")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form, Authentication auth) {
		return FormsApiController.pdf(forms.issue(organization.caller(auth.getName()), code, FormsApiController.parse(form)));
	}
}
