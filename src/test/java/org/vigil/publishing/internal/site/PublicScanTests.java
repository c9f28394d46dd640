package org.vigil.publishing.internal.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;
import org.vigil.support.OperatorShell;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Everything the public site serves and exports, read whole: no session cookie, no link into the
 * signed-in site, and not the publication id (which leads back to a case) — in any page, feed, the
 * JSON, the search results or any file of the static export. The release side adds its protected
 * markers to what is published here.
 */
class PublicScanTests extends WebIntegrationTest {

	@Autowired
	PublicSite site;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path temporary;

	@Test
	void nothingServedOrExportedCarriesACookieALinkIntoVigilOrThePublicationId() throws Exception {
		List<PublicText> texts = List.of(PublicTextFixtures.appeal("Scanned in English", "Scanned body.", "KP"),
				PublicTextFixtures.in("ko", "검사한 한국어 글", "검사한 본문.", "030", "KP", "강제송환"),
				PublicTextFixtures.in("zh", "检查过的中文文章", "检查过的正文。", "030", "KP", "遣返"));
		List<PublicItem> items = new ArrayList<>();
		texts.forEach(text -> items.add(site.publish(text)));
		site.correct(items.get(0).slug(), PublicTextFixtures.corrected(texts.get(0), "Scanned in English, corrected", "Scanned body."));

		Map<String, String> served = new LinkedHashMap<>();
		List<String> paths = new ArrayList<>(List.of("/public", "/public?lang=ko", "/public/country/kp", "/public/region/eastern-asia", "/public/theme/refoulement",
				"/public/search?q=scanned", "/public/search?q=검사한", "/public/feed.atom", "/public/feed.rss", "/public/feed.json",
				"/public/country/kp/feed.atom", "/public/country/kp/feed.rss", "/public/country/kp/feed.json", "/public/api/items?country=KP"));
		items.forEach(item -> paths.add(item.path()));
		paths.add(items.get(0).path() + "?version=1");
		for (String path : paths) {
			MockHttpServletResponse answer = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(answer.getStatus()).as(path).isEqualTo(200);
			assertThat(answer.getHeaders("Set-Cookie")).as(path).isEmpty();
			served.put(path, answer.getContentAsString());
		}
		Path export = temporary.resolve("export");
		assertThat(OperatorShell.run(context, "publishing", "export", "--to", export.toString()).exit()).isZero();
		try (Stream<Path> files = Files.walk(export)) {
			// the fonts are the files Vigil ships, the same in every export: only the written text is scanned
			for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".ttf")).toList()) {
				served.put(export.relativize(file).toString(), Files.readString(file));
			}
		}

		assertThat(served.keySet()).contains("index.json", items.get(1).slug() + "/index.html");
		served.forEach((where, content) -> {
			assertThat(content).as(where).doesNotContain("/cases").doesNotContain("JSESSIONID").doesNotContain("_csrf");
			texts.forEach(text -> assertThat(content).as(where).doesNotContain(text.publicationId().toString()));
		});
	}

}
