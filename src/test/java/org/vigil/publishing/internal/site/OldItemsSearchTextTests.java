package org.vigil.publishing.internal.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.publishing.PublicKind;
import org.vigil.publishing.internal.regions.Regions;
import org.vigil.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items published before the site's regions were UN M49 areas, whose search text was made without the area's names:
 * once migrated, the site's search finds them by their area's name in each language it speaks, as it finds newer items.
 */
class OldItemsSearchTextTests {

	private static final Path AREA_NAMES = Path.of("src/main/resources/db/migration/V185__old_items_search_area_names.sql");

	private Flyway flyway;

	private JdbcTemplate jdbc;

	private Items items;

	@BeforeEach
	void aDatabaseAsItWasBeforeRegionsWereAreas() {
		flyway = Flyway.configure().dataSource(TestDatabaseInitializer.createDatabase(), "postgres", "")
			.locations("classpath:db/migration").target("165").load();
		flyway.migrate();
		DataSource dataSource = flyway.getConfiguration().getDataSource();
		jdbc = new JdbcTemplate(dataSource);
		JdbcClient client = JdbcClient.create(dataSource);
		items = new Items(client, new Regions(client));
	}

	@Test
	void anOldItemIsFoundByItsAreasNameInEachLanguageOnceMigrated() {
		String slug = oldItem("Detained at the border crossing", "East Asia", "CN");

		migrateToLatest();

		assertThat(found("Eastern Asia")).contains(slug);
		assertThat(found("동아시아")).contains(slug);
		assertThat(found("东亚")).contains(slug);
	}

	@Test
	void anOldItemIsStillFoundByItsTextAndItsFormerRegion() {
		String slug = oldItem("Forcibly returned fishermen", "East Asia", "KP");

		migrateToLatest();

		assertThat(found("fishermen")).contains(slug);
		assertThat(found("east asia")).contains(slug);
	}

	@Test
	void theMigrationRunAgainChangesNoItem() throws IOException {
		oldItem("Sentenced after a closed trial", "East Asia", "CN");
		migrateToLatest();
		List<String> once = searchTexts();

		jdbc.execute(Files.readString(AREA_NAMES));

		assertThat(searchTexts()).isEqualTo(once);
	}

	@Test
	void anItemPublishedWithItsAreasNamesIsLeftAsItWas() throws IOException {
		migrateToLatest();
		String before = newItem();

		jdbc.execute(Files.readString(AREA_NAMES));

		assertThat(searchTexts()).containsExactly(before);
	}

	private void migrateToLatest() {
		Flyway.configure().dataSource(flyway.getConfiguration().getDataSource()).locations("classpath:db/migration").load().migrate();
	}

	/** An item as the site wrote it before V180: a free-text region, and the search text made from it. */
	private String oldItem(String title, String region, String countryCode) {
		String slug = "2025/" + countryCode.toLowerCase(Locale.ROOT) + "-" + Math.abs(title.hashCode()) + "-urgent-appeal";
		String searchText = String.join("\n", title, "Summary.", "Body of " + title, region, "Refoulement").toLowerCase(Locale.ROOT);
		jdbc.update("""
				insert into public_items (id, publication_id, slug, kind, year, slug_country, number, version, title, summary, body,
				    language, region, region_key, country_code, themes, theme_keys, released_at, search_text, first_published)
				values (?, ?, ?, 'URGENT_APPEAL', 2025, ?, ?, 1, ?, 'Summary.', ?, 'en', ?, 'east-asia', ?, array['Refoulement'],
				    array['refoulement'], ?, ?, ?)""", UUID.randomUUID(), UUID.randomUUID(), slug, countryCode, Math.abs(title.hashCode()),
				title, "Body of " + title, region, countryCode, Timestamp.from(Instant.parse("2025-11-02T09:00:00Z")), searchText,
				Timestamp.from(Instant.parse("2025-11-02T09:00:00Z")));
		return slug;
	}

	/** An item as the site writes it now; answers its search text. */
	private String newItem() {
		Instant at = Instant.parse("2026-03-02T09:00:00Z");
		Item item = new Item(UUID.randomUUID(), "2026/cn-1-urgent-appeal-new", PublicKind.URGENT_APPEAL, 1, "Published since", "",
				"Body.", "en", "030", "eastern-asia", "CN", List.of("Refoulement"), List.of("refoulement"), at, at, null, null, null);
		items.add(UUID.randomUUID(), item, 2026, 1);
		return jdbc.queryForObject("select search_text from public_items where id = ?", String.class, item.id());
	}

	private List<String> found(String query) {
		return items.search(SitePages.words(query), 0, 10).stream().map(Item::slug).toList();
	}

	private List<String> searchTexts() {
		return jdbc.queryForList("select search_text from public_items order by id", String.class);
	}

}
