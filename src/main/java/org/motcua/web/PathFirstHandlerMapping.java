package org.motcua.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Request mapping that rejects a mapping on its path before it looks at anything else.
 * <p>
 * Spring MVC finds a handler for a URL with path variables (such as {@code /api/v1/dossiers/{code}/actions}) by
 * testing every mapping of the application, and for each one it tests the HTTP method, headers, consumed and
 * produced media types before the path. With a few hundred mappings and a request wrapped several times by the
 * security filters, that search took close to a third of the server's CPU time under the dossier load benchmark
 * (docs/benchmarks.md). Testing the path first turns away almost every mapping with one pattern match. The set of
 * matching mappings, and so the handler chosen, is exactly the same: a mapping whose path does not match never
 * matches.
 * <p>
 * Two further steps keep the search from visiting every mapping. The mappings are indexed by the literal start of
 * their patterns (up to the first variable or wildcard), and a lookup first tests only those whose literal start
 * begins the request's decoded path: a pattern can match no other path. When exactly one of them matches, it is
 * the only match there is and is handled as Spring MVC handles a single match; otherwise (none, or several to rank)
 * the framework's own search decides, so not-found, method-not-allowed, ambiguity and CORS pre-flight answers are
 * the framework's. And before a pattern match, which builds a matching context each time, the pattern's literal
 * start is compared with the decoded path.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstHandlerMapping {

	@Bean
	WebMvcRegistrations pathFirstRequestMappings() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Mapping();
			}
		};
	}

	static final class Mapping extends RequestMappingHandlerMapping {

		/** The parsed path of the request being looked up on this thread, read once per lookup. */
		private static final ThreadLocal<Lookup> CURRENT = new ThreadLocal<>();

		/** A request's path, parsed and as one decoded string (segments as patterns see them). */
		record Lookup(PathContainer path, String decoded, boolean caseSensitive) {

			static @Nullable Lookup of(HttpServletRequest request, boolean caseSensitive) {
				if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
					return null;
				}
				PathContainer path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
				StringBuilder decoded = new StringBuilder(path.value().length());
				for (PathContainer.Element element : path.elements()) {
					decoded.append(element instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : element.value());
				}
				return new Lookup(path, decoded.toString(), caseSensitive);
			}
		}

		/** The mappings grouped by where their literal start ends; rebuilt after mappings change. */
		private volatile @Nullable Index index;

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			Lookup previous = CURRENT.get();
			Lookup lookup = Lookup.of(request, getPatternParser() == null || getPatternParser().isCaseSensitive());
			CURRENT.set(lookup);
			try {
				HandlerMethod only = lookup == null || !lookup.caseSensitive() ? null : onlyMatch(lookup, lookupPath, request);
				return only != null ? only : super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				if (previous == null) {
					CURRENT.remove();
				}
				else {
					CURRENT.set(previous);
				}
			}
		}

		/**
		 * The handler of the one mapping that matches the request, found among the mappings whose literal start
		 * begins the path, handled as Spring MVC handles a single match; {@code null} when none or several match,
		 * which the framework's own search then decides (best match, ambiguity, CORS pre-flight, 404/405/415).
		 */
		private @Nullable HandlerMethod onlyMatch(Lookup lookup, String lookupPath, HttpServletRequest request) {
			Index current = index;
			if (current == null) {
				current = Index.of(getHandlerMethods());
				index = current;
			}
			RequestMappingInfo found = null;
			HandlerMethod handler = null;
			for (RequestMappingInfo info : current.candidates(lookup.decoded())) {
				RequestMappingInfo match = getMatchingMapping(info, request);
				if (match != null) {
					if (found != null) {
						return null;
					}
					found = match;
					handler = current.handlers().get(info);
				}
			}
			if (found == null || handler == null) {
				return null;
			}
			request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
			handleMatch(found, lookupPath, request);
			return handler;
		}

		@Override
		protected void registerHandlerMethod(Object handler, java.lang.reflect.Method method, RequestMappingInfo mapping) {
			super.registerHandlerMethod(handler, method, mapping);
			index = null;
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			super.unregisterMapping(mapping);
			index = null;
		}

		/**
		 * Mappings keyed by their literal start cut after its last {@code /} ({@code /api/v1/dossiers/} for
		 * {@code /api/v1/dossiers/{code}/actions}), or by the whole pattern when it has no variable or wildcard. A
		 * path can only be matched by a pattern whose key is the path itself or ends at one of the path's own
		 * separators, so a lookup reads one key per separator instead of every mapping.
		 */
		record Index(Map<String, List<RequestMappingInfo>> byKey, List<RequestMappingInfo> always,
				Map<RequestMappingInfo, HandlerMethod> handlers) {

			static Index of(Map<RequestMappingInfo, HandlerMethod> handlers) {
				Map<String, List<RequestMappingInfo>> byKey = new HashMap<>();
				List<RequestMappingInfo> always = new ArrayList<>();
				handlers.keySet().forEach(info -> {
					PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
					if (patterns == null || patterns.isEmptyPathMapping()) {
						always.add(info);
						return;
					}
					Set<String> keys = new HashSet<>();
					for (PathPattern pattern : patterns.getPatterns()) {
						keys.add(key(pattern.getPatternString()));
					}
					keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(info));
				});
				return new Index(byKey, always, Map.copyOf(handlers));
			}

			/**
			 * The whole pattern when it is literal, else its characters before its first variable or wildcard, up to
			 * and with the last {@code /}.
			 */
			static String key(String pattern) {
				int literal = literalStartLength(pattern);
				return literal == pattern.length() ? pattern : pattern.substring(0, pattern.lastIndexOf('/', literal - 1) + 1);
			}

			List<RequestMappingInfo> candidates(String path) {
				List<RequestMappingInfo> found = new ArrayList<>(always);
				List<RequestMappingInfo> rootless = byKey.get("");
				if (rootless != null) {
					found.addAll(rootless);
				}
				for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
					List<RequestMappingInfo> group = byKey.get(path.substring(0, i + 1));
					if (group != null) {
						found.addAll(group);
					}
				}
				List<RequestMappingInfo> literal = path.endsWith("/") ? null : byKey.get(path);
				if (literal != null) {
					found.addAll(literal);
				}
				return found;
			}
		}

		@Override
		protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			Lookup lookup = CURRENT.get();
			PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
			if (lookup != null && patterns != null && !patterns.isEmptyPathMapping() && !anyMatches(patterns, lookup)) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

		private static boolean anyMatches(PathPatternsRequestCondition patterns, Lookup lookup) {
			for (PathPattern pattern : patterns.getPatterns()) {
				if ((!lookup.caseSensitive() || startsWithLiteralStart(lookup.decoded(), pattern.getPatternString()))
						&& pattern.matches(lookup.path())) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether the path starts with the pattern's characters up to its first variable or wildcard ({@code {},
		 * {@code *}, {@code ?}); used only when patterns are matched case-sensitively, Spring's default.
		 */
		static boolean startsWithLiteralStart(String path, String pattern) {
			return path.regionMatches(0, pattern, 0, literalStartLength(pattern));
		}

		/** How many characters of the pattern come before its first variable or wildcard ({@code {}, {@code *}, {@code ?}). */
		static int literalStartLength(String pattern) {
			for (int i = 0; i < pattern.length(); i++) {
				char c = pattern.charAt(i);
				if (c == '{' || c == '*' || c == '?') {
					return i;
				}
			}
			return pattern.length();
		}
	}
}
