package org.motcua.web;

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
		private static final ThreadLocal<PathContainer> CURRENT = new ThreadLocal<>();

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			PathContainer previous = CURRENT.get();
			CURRENT.set(ServletRequestPathUtils.hasParsedRequestPath(request)
					? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication() : null);
			try {
				return super.lookupHandlerMethod(lookupPath, request);
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

		@Override
		protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			PathContainer path = CURRENT.get();
			PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
			if (path != null && patterns != null && !patterns.isEmptyPathMapping() && !anyMatches(patterns, path)) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

		private static boolean anyMatches(PathPatternsRequestCondition patterns, PathContainer path) {
			for (PathPattern pattern : patterns.getPatterns()) {
				if (pattern.matches(path)) {
					return true;
				}
			}
			return false;
		}
	}
}
