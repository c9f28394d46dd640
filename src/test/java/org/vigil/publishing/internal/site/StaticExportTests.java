package org.vigil.publishing.internal.site;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;
import org.vigil.support.OperatorShell;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;
import static org.vigil.publishing.internal.site.PublicTextFixtures.corrected;

/** {@code publishing export --to DIR}: the public site as static files, as an organisation uploads it. */
class StaticExportTests extends WebIntegrationTest {

	private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]+)\"");

	@Autowired
	PublicSite site;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path temporary;

	@Test
	void theExportHoldsEveryItemItsEarlierVersionsTheListingsFeedsAndIndex() throws Exception {
		PublicText text = appeal("Exported and corrected", "Before.", "KP");
		PublicItem item = site.publish(text);
		site.correct(item.slug(), corrected(text, "Exported and corrected, again", "After."));
		PublicItem korean = site.publish(PublicTextFixtures.in("ko", "내보낸 한국어 글", "본문입니다.", "030", "KR", "강제송환"));
		Path to = temporary.resolve("site");

		OperatorShell.Ran ran = OperatorShell.run(context, "publishing", "export", "--to", to.toString());

		assertThat(ran.exit()).as(ran.all()).isZero();
		assertThat(Files.readString(to.resolve(item.slug() + "/index.html"))).contains("Exported and corrected, again").contains("After.");
		assertThat(Files.readString(to.resolve(item.slug() + "/v1.html"))).contains("Before.");
		assertThat(Files.readString(to.resolve(korean.slug() + "/index.html"))).contains("lang=\"ko\"").contains("본문입니다.");
		assertThat(to.resolve("index.html")).exists();
		assertThat(to.resolve("country/kp/index.html")).exists();
		assertThat(to.resolve("theme/강제송환/index.html")).exists();
		assertThat(to.resolve("site.css")).exists();
		assertThat(to.resolve("fonts/hangul.ttf")).exists();
		assertThat(to.resolve("fonts/chinese.ttf")).exists();
		assertThat(Files.readString(to.resolve("index.json"))).contains(item.slug()).contains(korean.slug());
		for (String feed : List.of("feed.atom", "feed.rss", "country/kp/feed.atom", "country/kp/feed.rss")) {
			assertThat(new SyndFeedInput().build(new StringReader(Files.readString(to.resolve(feed)))).getEntries()).as(feed).isNotEmpty();
		}
	}

	@Test
	void everyLinkBetweenExportedPagesIsRelativeAndLeadsToAFileOfTheExport() throws Exception {
		site.publish(appeal("Linked within the export", "Body.", "KP"));
		Path to = temporary.resolve("links");

		assertThat(OperatorShell.run(context, "publishing", "export", "--to", to.toString()).exit()).isZero();

		List<String> broken = new ArrayList<>();
		for (Path page : files(to, ".html")) {
			Matcher link = HREF.matcher(Files.readString(page));
			while (link.find()) {
				String href = java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
				if (href.startsWith("http://") || href.startsWith("https://")) {
					continue; // none expected but the feeds' own, which live in the feeds
				}
				if (href.startsWith("/") || !Files.exists(page.getParent().resolve(href).normalize())) {
					broken.add(to.relativize(page) + " → " + href);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void aFolderThatIsNotEmptyIsRefusedUnlessForced() throws Exception {
		Path to = Files.createDirectories(temporary.resolve("busy"));
		Files.writeString(to.resolve("something.txt"), "already here");

		OperatorShell.Ran refused = OperatorShell.run(context, "publishing", "export", "--to", to.toString());
		OperatorShell.Ran forced = OperatorShell.run(context, "publishing", "export", "--to", to.toString(), "--force");

		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.all()).contains("is not empty").contains("--force");
		assertThat(forced.exit()).as(forced.all()).isZero();
		assertThat(to.resolve("index.html")).exists();
	}

	private static List<Path> files(Path folder, String ending) throws Exception {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(p -> p.toString().endsWith(ending)).toList();
		}
	}

}
