package org.vigil.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The header's links to the same page in another language ({@code ${@languageLinks.to('ko')}}).
 * They keep the rest of the address — a filter on the case list, the one-time token of the setup
 * link — so that switching language never loses the reader's place or makes a link invalid. A
 * link always begins with {@code ?}: whatever the query holds, it leads to the same page.
 */
@Component("languageLinks")
public class LanguageLinks {

	/** A link relative to the current page: its query, without any language, and {@code lang=language}. */
	public String to(String language) {
		String query = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getQueryString() : null;
		String kept = query == null ? "" : Arrays.stream(query.split("&"))
			.filter(parameter -> !parameter.isEmpty() && !parameter.equals("lang") && !parameter.startsWith("lang="))
			.collect(Collectors.joining("&"));
		return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language;
	}

}
