package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

@IntegrationTest
class PathFirstHandlerMappingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	ApplicationContext context;

	/** The framework's own search over the same mappings, to compare with. */
	static final class Plain extends RequestMappingHandlerMapping {
		String lookupPath(HttpServletRequest request) {
			return initLookupPath(request);
		}

		String find(HttpServletRequest request) {
			try {
				return describe(lookupHandlerMethod(initLookupPath(request), request));
			}
			catch (Exception e) {
				return e.getClass().getSimpleName();
			}
		}
	}

	String findWithPathFirst(HttpServletRequest request) {
		try {
			return describe(((PathFirstHandlerMapping.Mapping) mapping).lookupHandlerMethod(new Plain().lookupPath(request), request));
		}
		catch (Exception e) {
			return e.getClass().getSimpleName();
		}
	}

	@Test
	void theApplicationFindsHandlersWithThePathFirstMapping() {
		assertThat(mapping).isInstanceOf(PathFirstHandlerMapping.Mapping.class);
	}

	@Test
	void everyMappedPathAndMethodReachesTheSameHandlerAsTheFrameworksOwnSearch() {
		Plain plain = new Plain();
		plain.setPatternParser(mapping.getPatternParser());
		plain.setApplicationContext(context);
		Map<RequestMappingInfo, HandlerMethod> methods = mapping.getHandlerMethods();
		methods.forEach((info, handler) -> plain.registerMapping(info, handler.getBean(), handler.getMethod()));

		List<String> compared = new ArrayList<>();
		for (RequestMappingInfo info : methods.keySet()) {
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString().replaceAll("\\{\\*?[^}]+}", "x1").replace("**", "a/b").replace("*", "a");
				List<String> verbs = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
						: info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
				for (String verb : List.of("GET", "POST", "PUT", "DELETE")) {
					MockHttpServletRequest request = new MockHttpServletRequest(verb, path);
					request.addHeader("Accept", "*/*");
					if (!verb.equals("GET")) {
						request.setContentType("application/json");
					}
					ServletRequestPathUtils.parseAndCache(request);
					assertThat(findWithPathFirst(request)).as("%s %s", verb, path).isEqualTo(plain.find(request));
					if (verbs.contains(verb)) {
						compared.add(verb + " " + path);
					}
				}
			}
		}
		// the comparison ran over the application's real mappings, path variables included
		assertThat(compared).hasSizeGreaterThan(200).anyMatch(p -> p.equals("POST /api/v1/dossiers/x1/actions"));
	}

	@Test
	void everyMappingIsAmongTheCandidatesForItsOwnPathsAndFewOthersAre() {
		PathFirstHandlerMapping.Mapping.Index index = PathFirstHandlerMapping.Mapping.Index.of(mapping.getHandlerMethods());
		int checked = 0;
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString().replaceAll("\\{\\*?[^}]+}", "x1").replace("**", "a/b").replace("*", "a");
				assertThat(index.candidates(path)).as(path).contains(info);
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(200);
		assertThat(index.candidates("/api/v1/dossiers/H41.50.01-261129-0001/actions"))
			.as("candidates for a dossier action").hasSizeLessThan(mapping.getHandlerMethods().size() / 10);
	}

	@Test
	void aPathNobodyMapsFindsNoHandler() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/no-such-thing/x1");
		ServletRequestPathUtils.parseAndCache(request);
		assertThat(findWithPathFirst(request)).isEqualTo("none");
	}

	@Test
	void aPercentEncodedPathReachesTheSameHandlerAsItsPlainSpelling() {
		MockHttpServletRequest plain = new MockHttpServletRequest("POST", "/api/v1/dossiers/x1/actions");
		MockHttpServletRequest encoded = new MockHttpServletRequest("POST", "/api/v1/%64ossiers/x1/actions");
		for (MockHttpServletRequest request : List.of(plain, encoded)) {
			request.setContentType("application/json");
			ServletRequestPathUtils.parseAndCache(request);
		}
		assertThat(findWithPathFirst(plain)).contains("DossierApiController.act(");
		assertThat(findWithPathFirst(encoded)).isEqualTo(findWithPathFirst(plain));
	}

	@Test
	void aPathMustStartWithAPatternsLiteralCharactersUpToItsFirstVariableOrWildcard() {
		assertThat(PathFirstHandlerMapping.Mapping.startsWithLiteralStart("/api/v1/dossiers/X", "/api/v1/dossiers/{code}")).isTrue();
		assertThat(PathFirstHandlerMapping.Mapping.startsWithLiteralStart("/api/v1/dossier", "/api/v1/dossiers/{code}")).isFalse();
		assertThat(PathFirstHandlerMapping.Mapping.startsWithLiteralStart("/api/v1/units", "/api/v1/dossiers/{code}")).isFalse();
		assertThat(PathFirstHandlerMapping.Mapping.startsWithLiteralStart("/webjars/a/b.js", "/webjars/**")).isTrue();
		assertThat(PathFirstHandlerMapping.Mapping.startsWithLiteralStart("/files/abc", "/files/a?c")).isTrue();
		assertThat(PathFirstHandlerMapping.Mapping.startsWithLiteralStart("/lang", "/lang")).isTrue();
		assertThat(PathFirstHandlerMapping.Mapping.startsWithLiteralStart("/Lang", "/lang")).isFalse();
	}

	private static String describe(HandlerMethod handler) {
		return handler == null ? "none" : Objects.toString(handler.getMethod());
	}
}
