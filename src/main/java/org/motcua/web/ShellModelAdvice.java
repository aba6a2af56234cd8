package org.motcua.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts what every page of the shell shows into the model: the signed-in official, the navigation their
 * roles allow, the current language and path (for the language switcher).
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

	private final Organization organization;

	ShellModelAdvice(Organization organization) {
		this.organization = organization;
	}

	@ModelAttribute("currentUser")
	@Nullable Official currentUser(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null; // API answers render no shell: do not read the official for nothing
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
			return null;
		}
		return organization.officialByUsername(auth.getName()).orElse(null);
	}

	@ModelAttribute("navigation")
	List<Navigation.Item> navigation(@ModelAttribute("currentUser") @Nullable Official currentUser) {
		return currentUser == null ? List.of() : Navigation.visibleTo(Optional.of(currentUser.roles()).orElse(Set.of()));
	}

	@ModelAttribute("lang")
	String lang(HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		return locale.getLanguage();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return query == null ? path : path + "?" + query;
	}
}
