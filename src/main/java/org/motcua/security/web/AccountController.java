package org.motcua.security.web;

import jakarta.servlet.http.HttpSession;
import org.motcua.security.ApiTokens;
import org.motcua.security.Credentials;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The official's own account: change password (forced after an administrator set it).
 */
@Controller
class AccountController {

	private final Credentials credentials;
	private final ApiTokens tokens;

	AccountController(Credentials credentials, ApiTokens tokens) {
		this.credentials = credentials;
		this.tokens = tokens;
	}

	static final class PasswordForm {

		private String currentPassword = "";
		private String newPassword = "";
		private String confirmation = "";

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword == null ? "" : currentPassword;
		}

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

	@GetMapping("/account/password")
	String form(Model model, HttpSession session) {
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("forced", Boolean.TRUE.equals(session.getAttribute("motcua.mustChangePassword")));
		return "security/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Authentication auth, HttpSession session,
			Model model, RedirectAttributes redirect) {
		try {
			credentials.changeOwnPassword(auth.getName(), form.getCurrentPassword(), form.getNewPassword(), form.getConfirmation());
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
			model.addAttribute("forced", Boolean.TRUE.equals(session.getAttribute("motcua.mustChangePassword")));
			return "security/password";
		}
		tokens.revokeAll(auth.getName());
		session.removeAttribute("motcua.mustChangePassword");
		redirect.addFlashAttribute("flash", "account.password.changed");
		return "redirect:/";
	}
}
