package org.motcua.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Language: pages speak Vietnamese unless the user chose English or Thai (remembered in a cookie); the API
 * answers in the language of {@code Accept-Language} when it is one of ours, else Vietnamese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH, Locale.forLanguageTag("th"));
	static final String COOKIE = "motcua-lang";

	@Bean
	LocaleResolver localeResolver() {
		return new MotCuaLocaleResolver();
	}

	static @Nullable Locale supported(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String language = Locale.forLanguageTag(tag.trim()).getLanguage();
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
	}

	static final class MotCuaLocaleResolver implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				String header = request.getHeader("Accept-Language");
				if (header != null) {
					for (Locale.LanguageRange range : safeParse(header)) {
						Locale l = supported(range.getRange());
						if (l != null) {
							return l;
						}
					}
				}
				return VIETNAMESE;
			}
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie c : cookies) {
					if (COOKIE.equals(c.getName())) {
						Locale l = supported(c.getValue());
						if (l != null) {
							return l;
						}
					}
				}
			}
			return VIETNAMESE;
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
			if (response == null) {
				return;
			}
			Cookie cookie = new Cookie(COOKIE, locale == null ? "vi" : locale.getLanguage());
			cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
			cookie.setMaxAge(365 * 24 * 3600);
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}

		private static List<Locale.LanguageRange> safeParse(String header) {
			try {
				return Locale.LanguageRange.parse(header);
			}
			catch (IllegalArgumentException ex) {
				return List.of();
			}
		}
	}
}
