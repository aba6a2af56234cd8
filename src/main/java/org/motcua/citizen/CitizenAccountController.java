package org.motcua.citizen;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The citizen's account pages ({@code /cong-dan/...}) and the profile in the citizen API. */
@Controller
class CitizenAccountController {

	private final CitizenAccounts accounts;

	private final @Nullable CitizenOidcLogin oidc;

	CitizenAccountController(CitizenAccounts accounts, org.springframework.beans.factory.ObjectProvider<CitizenOidcLogin> oidc) {
		this.accounts = accounts;
		this.oidc = oidc.getIfAvailable();
	}

	/** The registration form. */
	static final class RegistrationForm {

		private String email = "";
		private String password = "";
		private String confirmation = "";
		private String fullName = "";
		private String phone = "";
		private String idNumber = "";

		public String getEmail() { return email; }
		public void setEmail(String email) { this.email = email; }
		public String getPassword() { return password; }
		public void setPassword(String password) { this.password = password; }
		public String getConfirmation() { return confirmation; }
		public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
		public String getFullName() { return fullName; }
		public void setFullName(String fullName) { this.fullName = fullName; }
		public String getPhone() { return phone; }
		public void setPhone(String phone) { this.phone = phone; }
		public String getIdNumber() { return idNumber; }
		public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
	}

	@GetMapping(CitizenSecurityConfiguration.LOGIN_PAGE)
	String login(Model model) {
		if (oidc != null) {
			model.addAttribute("oidcName", oidc.displayName());
			model.addAttribute("oidcPath", oidc.authorizationPath());
		}
		return "citizen/login";
	}

	@GetMapping("/cong-dan/dang-ky")
	String registrationForm(Model model) {
		model.addAttribute("form", new RegistrationForm());
		return "citizen/register";
	}

	@PostMapping("/cong-dan/dang-ky")
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		try {
			if (!form.getPassword().equals(form.getConfirmation())) {
				throw InvalidInputException.of("confirmation", "error.citizen.confirmation");
			}
			String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/cong-dan/xac-minh").toUriString();
			accounts.register(new CitizenAccounts.Registration(form.getEmail(), form.getPassword(), form.getFullName(),
					form.getPhone(), form.getIdNumber()), base);
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, errors);
			form.setPassword("");
			form.setConfirmation("");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "citizen/register";
		}
		model.addAttribute("email", form.getEmail().trim());
		return "citizen/registered";
	}

	@GetMapping("/cong-dan/xac-minh")
	String verify(@RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
		boolean ok = token != null && !token.isBlank() && accounts.verify(token).isPresent();
		if (!ok) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("verified", ok);
		return "citizen/verified";
	}

	@GetMapping("/cong-dan")
	String home(Principal principal, Model model) {
		model.addAttribute("account", accounts.current(principal.getName()));
		model.addAttribute("languages", CitizenAccounts.LANGUAGES);
		return "citizen/home";
	}

	/** The profile's choice of the language of notices; an unknown language or a stale version comes back on the page. */
	@PostMapping("/cong-dan/ngon-ngu")
	String chooseLanguage(Principal principal, @RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable Integer version, Model model, HttpServletResponse response) {
		try {
			accounts.chooseLanguage(principal.getName(), language, version);
			return "redirect:/cong-dan?languageSaved";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("languageError", "error.citizen.language");
		}
		catch (org.motcua.shared.ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("languageError", "citizen.language.stale");
		}
		return home(principal, model);
	}

	/** A change of the language of notices, with the profile's version. */
	record LanguageChoice(@Nullable String language, @Nullable Integer version) {
	}

	@org.springframework.web.bind.annotation.PutMapping(path = "/api/v1/citizen/me/language", produces = "application/json")
	@ResponseBody
	Map<String, @Nullable Object> chooseLanguage(Principal principal,
			@org.springframework.web.bind.annotation.RequestBody LanguageChoice choice) {
		accounts.chooseLanguage(principal.getName(), choice.language(), choice.version());
		return me(principal);
	}

	/** The signed-in citizen's profile. */
	@GetMapping(path = "/api/v1/citizen/me", produces = "application/json")
	@ResponseBody
	Map<String, @Nullable Object> me(Principal principal) {
		CitizenAccount a = accounts.current(principal.getName());
		java.util.LinkedHashMap<String, @Nullable Object> body = new java.util.LinkedHashMap<>();
		body.put("id", a.id().value());
		body.put("email", a.email());
		body.put("fullName", a.fullName());
		body.put("phone", a.phone());
		body.put("idNumber", a.idNumber());
		body.put("verifiedAt", a.verifiedAt());
		body.put("language", a.language());
		body.put("version", a.version());
		return body;
	}
}
