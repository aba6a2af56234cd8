package org.motcua.security.web;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.security.ApiTokens;
import org.motcua.security.Credentials;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage officials' credentials: set a password (the official must change it at the next
 * login), lift a lock-out, revoke all API tokens. The same rules apply through the page and the API.
 */
@Controller
@Tag(name = "Officials")
class CredentialAdminController {

	private final Organization organization;
	private final Credentials credentials;
	private final ApiTokens tokens;
	private final Clock clock;

	CredentialAdminController(Organization organization, Credentials credentials, ApiTokens tokens, ObjectProvider<Clock> clock) {
		this.organization = organization;
		this.credentials = credentials;
		this.tokens = tokens;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	static final class SetPasswordForm {

		private String newPassword = "";
		private String confirmation = "";

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword == null ? "" : newPassword;
		}

		public String getConfirmation() {
			return confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation == null ? "" : confirmation;
		}
	}

	record PasswordRequest(String password) {
	}

	record CredentialStatus(String username, boolean passwordSet, boolean locked, boolean mustChange) {
	}

	@GetMapping("/organization/officials/{username}/credentials")
	String page(@PathVariable String username, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		Official official = organization.official(caller, username);
		model.addAttribute("official", official);
		model.addAttribute("status", status(username));
		model.addAttribute("form", new SetPasswordForm());
		return "security/credentials";
	}

	@PostMapping("/organization/officials/{username}/credentials/password")
	String setPassword(@PathVariable String username, @ModelAttribute("form") SetPasswordForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		try {
			credentials.setPassword(caller, username, form.getNewPassword(), form.getConfirmation());
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
			model.addAttribute("official", organization.official(caller, username));
			model.addAttribute("status", status(username));
			return "security/credentials";
		}
		redirect.addFlashAttribute("flash", "credentials.password.set");
		return "redirect:/organization/officials/" + username + "/credentials";
	}

	@PostMapping("/organization/officials/{username}/credentials/unlock")
	String unlock(@PathVariable String username, Authentication auth, RedirectAttributes redirect) {
		credentials.unlock(organization.caller(auth.getName()), username);
		redirect.addFlashAttribute("flash", "credentials.unlocked");
		return "redirect:/organization/officials/" + username + "/credentials";
	}

	@PostMapping("/organization/officials/{username}/credentials/revoke-tokens")
	String revokeTokens(@PathVariable String username, Authentication auth, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		credentials.requireAdministers(caller, username);
		tokens.revokeAll(username);
		redirect.addFlashAttribute("flash", "credentials.tokens.revoked");
		return "redirect:/organization/officials/" + username + "/credentials";
	}

	@PutMapping("/api/v1/officials/{username}/password")
	@ResponseBody
	@Operation(summary = "Set an official's password (they must change it at the next login)")
	ResponseEntity<Void> apiSetPassword(@PathVariable String username, @RequestBody PasswordRequest body, Authentication auth) {
		String password = body.password() == null ? "" : body.password();
		credentials.setPassword(organization.caller(auth.getName()), username, password, password);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/officials/{username}/unlock")
	@ResponseBody
	@Operation(summary = "Lift an official's lock-out")
	ResponseEntity<Void> apiUnlock(@PathVariable String username, Authentication auth) {
		credentials.unlock(organization.caller(auth.getName()), username);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/officials/{username}/tokens/revoke")
	@ResponseBody
	@Operation(summary = "Revoke every API token of an official")
	ResponseEntity<Void> apiRevoke(@PathVariable String username, Authentication auth) {
		credentials.requireAdministers(organization.caller(auth.getName()), username);
		tokens.revokeAll(username);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/officials/{username}/credentials")
	@ResponseBody
	@Operation(summary = "Whether an official has a password, is locked out or must change the password")
	CredentialStatus apiStatus(@PathVariable String username, Authentication auth) {
		credentials.requireAdministers(organization.caller(auth.getName()), username);
		return status(username);
	}

	private CredentialStatus status(String username) {
		var state = credentials.state(username);
		return new CredentialStatus(username, state.map(Credentials.State::hasPassword).orElse(false),
				state.map(s -> s.lockedAt(clock.instant())).orElse(false),
				state.map(Credentials.State::mustChange).orElse(false));
	}
}
