package org.vigil.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookup compares a path's first segments with each mapping's leading words before matching its
 * patterns. That may only ever turn away a mapping none of whose patterns match: for a path made from
 * every pattern there is, each mapping whose pattern matches it passes the comparison. And the
 * lookup among the mappings filed under a path's words answers what Spring's own lookup through
 * every mapping answers, for every route, method and body type: the same handler with the same
 * path variables, or the same refusal.
 */
class PathFirstHandlerMappingTests extends WebIntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Test
	void noMappingWhosePatternMatchesAPathIsTurnedAwayByItsWords() {
		assertThat(mapping).isInstanceOf(PathFirstHandlerMapping.class);
		Map<RequestMappingInfo, HandlerMethod> all = mapping.getHandlerMethods();
		List<String> paths = new ArrayList<>();
		for (RequestMappingInfo info : all.keySet()) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				paths.add(concrete(pattern.getPatternString()));
				paths.add(concrete(pattern.getPatternString()) + "/");
			}
		}
		paths.addAll(List.of("/", "//api/cases", "/api;x=1/cases", "/API/cases", "/api/%63ases", "/public/2026/cn-1"));
		int compared = 0;
		int turnedAway = 0;
		for (String path : paths) {
			PathContainer container = PathContainer.parsePath(path);
			PathFirstHandlerMapping.Looked looked = PathFirstHandlerMapping.Looked.of(container);
			for (RequestMappingInfo info : all.keySet()) {
				List<List<String>> words = info.getPathPatternsCondition().getPatterns().stream()
					.map(p -> PathFirstHandlerMapping.leadingWords(p.getPatternString())).toList();
				if (words.stream().anyMatch(List::isEmpty)) {
					continue;
				}
				boolean matches = info.getPathPatternsCondition().getPatterns().stream().anyMatch(p -> p.matches(container));
				boolean passes = looked.startsWithAny(words);
				compared++;
				if (!passes) {
					turnedAway++;
				}
				assertThat(passes || !matches).as("%s turned away from %s", info, path).isTrue();
			}
		}
		assertThat(all).hasSizeGreaterThan(100);
		assertThat(turnedAway).as("most mappings are turned away by their words").isGreaterThan(compared * 4 / 5);
	}

	@Test
	void theFiledLookupAnswersWhatTheLookupThroughEveryMappingAnswers() throws Exception {
		PathFirstHandlerMapping lookup = (PathFirstHandlerMapping) mapping;
		Set<String> paths = new TreeSet<>(List.of("/", "/nowhere", "/api/nowhere", "/public", "/public/", "/api/cases/"));
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				paths.add(concrete(pattern.getPatternString()));
				paths.add(concrete(pattern.getPatternString()).replace("v1", "new"));
			}
		}
		Set<String> handlers = new TreeSet<>(mapping.getHandlerMethods().values().stream().map(Object::toString).toList());
		int found = 0;
		for (String path : paths) {
			for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
				for (String type : new String[] { null, "application/json", "application/x-www-form-urlencoded" }) {
					Object filed = answer(lookup, path, method, type, Lookup.AS_SERVED);
					Object everyMapping = answer(lookup, path, method, type, Lookup.THROUGH_EVERY_MAPPING);
					assertThat(filed).as("%s %s (%s)", method, path, type).isEqualTo(everyMapping);
					if (everyMapping instanceof Found answer && handlers.contains(answer.handler())) {
						found++;
						assertThat(answer(lookup, path, method, type, Lookup.AMONG_FILED_ONLY))
							.as("%s %s (%s) settled among the filed mappings alone", method, path, type).isEqualTo(everyMapping);
					}
				}
			}
		}
		assertThat(found).as("routes found at all").isGreaterThan(mapping.getHandlerMethods().size());
	}

	/** A handler found with its path variables, or what the lookup threw. */
	private record Found(String handler, Object variables) {
	}

	private enum Lookup {
		AS_SERVED, THROUGH_EVERY_MAPPING, AMONG_FILED_ONLY
	}

	private static Object answer(PathFirstHandlerMapping lookup, String path, String method, String type, Lookup how) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "*/*");
		if (type != null) {
			request.setContentType(type);
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			Object handler = switch (how) {
				case AS_SERVED -> lookup.lookupHandlerMethod(path, request);
				case THROUGH_EVERY_MAPPING -> lookup.lookupThroughEveryMapping(path, request);
				case AMONG_FILED_ONLY -> lookup.lookupAmongFiledMappings(path, request);
			};
			return new Found(Objects.toString(handler), request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
		}
		catch (Exception refused) {
			return refused.getClass();
		}
	}

	@Test
	void wordsAreThePatternsPlainLeadingSegments() {
		assertThat(PathFirstHandlerMapping.leadingWords("/api/cases/{caseId}/obligations")).containsExactly("api", "cases");
		assertThat(PathFirstHandlerMapping.leadingWords("/api/places/resolve")).containsExactly("api", "places", "resolve");
		assertThat(PathFirstHandlerMapping.leadingWords("/public/{year}/{slug}")).containsExactly("public");
		assertThat(PathFirstHandlerMapping.leadingWords("/{lang}/x")).isEmpty();
		assertThat(PathFirstHandlerMapping.leadingWords("/files/**")).containsExactly("files");
		assertThat(PathFirstHandlerMapping.leadingWords("/a*b/c")).isEmpty();
		assertThat(PathFirstHandlerMapping.leadingWords("/")).isEmpty();
	}

	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}:]+(:[^}]+)?}", "v1").replace("**", "a/b")
			.replace("*", "w").replace("?", "q");
	}

}
