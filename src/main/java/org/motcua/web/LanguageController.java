package org.motcua.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switcher: remembers the chosen language and returns to the page the user was on.
 */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	LanguageController(LocaleResolver locales) {
		this.locales = locales;
	}

	@PostMapping("/lang")
	String switchLanguage(@RequestParam("lang") String lang, @RequestParam(name = "back", required = false) @Nullable String back,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = LocaleConfiguration.supported(lang);
		locales.setLocale(request, response, locale == null ? LocaleConfiguration.VIETNAMESE : locale);
		return "redirect:" + safeBack(back);
	}

	/** Only same-site paths, so the switcher cannot be used as an open redirect. */
	static String safeBack(@Nullable String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.contains("\r")
				|| back.contains("\n")) {
			return "/";
		}
		return back;
	}
}
