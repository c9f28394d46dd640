package org.vigil.platform.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageLinksTests {

	private final LanguageLinks links = new LanguageLinks();

	@AfterEach
	void leaveThePage() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theLinkKeepsTheRestOfTheAddressAndReplacesTheLanguage() {
		on("status=OPEN&lang=zh&page=2");
		assertThat(links.to("ko")).isEqualTo("?status=OPEN&page=2&lang=ko");
	}

	@Test
	void aPageWithoutQueryLinksToTheLanguageAlone() {
		on(null);
		assertThat(links.to("en")).isEqualTo("?lang=en");
	}

	@Test
	void aParameterThatMerelyStartsWithLangIsKept() {
		on("language=en&lang");
		assertThat(links.to("zh")).isEqualTo("?language=en&lang=zh");
	}

	private static void on(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
		request.setQueryString(query);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
