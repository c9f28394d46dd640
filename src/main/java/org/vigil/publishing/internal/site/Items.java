package org.vigil.publishing.internal.site;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.publishing.PublicKind;
import org.vigil.publishing.internal.regions.Regions;

/**
 * Where the public site keeps its items and their versions (tables {@code public_items} and
 * {@code public_item_versions}). The lists leave withdrawn items out; a lookup by slug finds them,
 * so that their address can answer 410 Gone.
 */
@Component
class Items {

	private static final String LISTED = "withdrawn_at is null";

	private final JdbcClient jdbc;

	private final Regions regions;

	Items(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	Optional<Item> find(String slug) {
		return jdbc.sql("select * from public_items where slug = :slug").param("slug", slug).query(Items::item).optional();
	}

	Optional<Item> ofPublication(UUID publicationId) {
		return jdbc.sql("select * from public_items where publication_id = :id").param("id", publicationId).query(Items::item).optional();
	}

	/**
	 * The next number of the country's items in the year. Holds a lock until the transaction ends, so
	 * that two items published at once never take the same number.
	 */
	int nextNumber(int year, String countryCode) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('public_items'), :year)").param("year", year).query().singleValue();
		return jdbc.sql("select coalesce(max(number), 0) + 1 from public_items where year = :year and slug_country = :country")
			.param("year", year).param("country", countryCode).query(Integer.class).single();
	}

	void add(UUID publicationId, Item item, int year, int number) {
		jdbc.sql("""
				insert into public_items (id, publication_id, slug, kind, year, slug_country, number, version, title, summary, body,
				    language, region, region_key, country_code, themes, theme_keys, released_at, search_text, first_published)
				values (:id, :publicationId, :slug, :kind, :year, :country, :number, :version, :title, :summary, :body,
				    :language, :region, :regionKey, :countryCode, cast(:themes as varchar[]), cast(:themeKeys as varchar[]),
				    :releasedAt, :searchText, :firstPublished)""")
			.param("id", item.id()).param("publicationId", publicationId).param("slug", item.slug()).param("kind", item.kind().name())
			.param("year", year).param("country", item.countryCode()).param("number", number).param("version", item.version())
			.param("title", item.title()).param("summary", item.summary()).param("body", item.body()).param("language", item.language())
			.param("region", item.region()).param("regionKey", item.regionKey()).param("countryCode", item.countryCode())
			.param("themes", item.themes().toArray(String[]::new)).param("themeKeys", item.themeKeys().toArray(String[]::new))
			.param("releasedAt", Timestamp.from(item.releasedAt())).param("searchText", searchText(item))
			.param("firstPublished", Timestamp.from(item.firstPublished())).update();
		addVersion(item, item.firstPublished());
	}

	/** Makes the item's text and tags its new current version, keeping the earlier one. */
	void replace(Item item) {
		jdbc.sql("""
				update public_items set version = :version, title = :title, summary = :summary, body = :body, language = :language,
				    region = :region, region_key = :regionKey, country_code = :countryCode, themes = cast(:themes as varchar[]),
				    theme_keys = cast(:themeKeys as varchar[]), released_at = :releasedAt, search_text = :searchText,
				    last_corrected = :lastCorrected
				where id = :id""")
			.param("id", item.id()).param("version", item.version()).param("title", item.title()).param("summary", item.summary())
			.param("body", item.body()).param("language", item.language()).param("region", item.region())
			.param("regionKey", item.regionKey()).param("countryCode", item.countryCode())
			.param("themes", item.themes().toArray(String[]::new)).param("themeKeys", item.themeKeys().toArray(String[]::new))
			.param("releasedAt", Timestamp.from(item.releasedAt())).param("searchText", searchText(item))
			.param("lastCorrected", Timestamp.from(item.lastCorrected())).update();
		addVersion(item, item.lastCorrected());
	}

	void withdraw(UUID id, String notice, Instant at) {
		jdbc.sql("update public_items set withdrawn_at = :at, withdrawal_notice = :notice where id = :id and withdrawn_at is null")
			.param("at", Timestamp.from(at)).param("notice", notice).param("id", id).update();
	}

	private void addVersion(Item item, Instant publishedAt) {
		jdbc.sql("""
				insert into public_item_versions (item_id, version, title, summary, body, language, region, country_code, themes,
				    released_at, published_at)
				values (:id, :version, :title, :summary, :body, :language, :region, :countryCode, cast(:themes as varchar[]),
				    :releasedAt, :publishedAt)""")
			.param("id", item.id()).param("version", item.version()).param("title", item.title()).param("summary", item.summary())
			.param("body", item.body()).param("language", item.language()).param("region", item.region())
			.param("countryCode", item.countryCode()).param("themes", item.themes().toArray(String[]::new))
			.param("releasedAt", Timestamp.from(item.releasedAt())).param("publishedAt", Timestamp.from(publishedAt)).update();
	}

	/** Every version of the item, the first first. */
	List<ItemVersion> versions(UUID itemId) {
		return jdbc.sql("select * from public_item_versions where item_id = :id order by version").param("id", itemId)
			.query(Items::version).list();
	}

	/** The latest items, newest first. */
	List<Item> latest(int offset, int limit) {
		return list(LISTED, null, offset, limit);
	}

	List<Item> ofCountry(String countryCode, int offset, int limit) {
		return list(LISTED + " and country_code = :value", countryCode, offset, limit);
	}

	/** The items filed under any of these areas (an area and those it holds). */
	List<Item> ofRegions(List<String> regionKeys, int offset, int limit) {
		return jdbc.sql("select * from public_items where " + LISTED + " and region_key in (:keys) order by first_published desc, id "
				+ "offset :offset limit :limit").param("keys", regionKeys).param("offset", offset).param("limit", limit)
			.query(Items::item).list();
	}

	List<Item> ofTheme(String themeKey, int offset, int limit) {
		return list(LISTED + " and theme_keys @> array[cast(:value as varchar)]", themeKey, offset, limit);
	}

	/**
	 * The items in a country and under any of the areas (an area and those it holds), newest first.
	 * @param countryCode the country, or {@code null}: any
	 * @param regionKeys the areas' keys, not empty; or {@code null}: any
	 */
	List<Item> where(String countryCode, List<String> regionKeys, int offset, int limit) {
		return filtered("select * from public_items where " + condition(countryCode, regionKeys)
				+ " order by first_published desc, id offset :offset limit :limit", countryCode, regionKeys)
			.param("offset", offset).param("limit", limit).query(Items::item).list();
	}

	/** How many items {@link #where} finds in all. */
	long count(String countryCode, List<String> regionKeys) {
		return filtered("select count(*) from public_items where " + condition(countryCode, regionKeys), countryCode, regionKeys)
			.query(Long.class).single();
	}

	private static String condition(String countryCode, List<String> regionKeys) {
		return LISTED + (countryCode == null ? "" : " and country_code = :country") + (regionKeys == null ? "" : " and region_key in (:regions)");
	}

	private JdbcClient.StatementSpec filtered(String sql, String countryCode, List<String> regionKeys) {
		var spec = jdbc.sql(sql);
		if (countryCode != null) {
			spec = spec.param("country", countryCode);
		}
		return regionKeys == null ? spec : spec.param("regions", regionKeys);
	}

	/**
	 * The listed items after {@code last} (from the first when {@code null}), newest first as every listing orders them, at
	 * most {@code limit}: the static export reads every item in such batches, each found by the index where the one before
	 * ended rather than by counting past those before.
	 */
	List<Item> after(Item last, int limit) {
		if (last == null) {
			return latest(0, limit);
		}
		return jdbc.sql("select * from public_items where " + LISTED + " and first_published <= :at and not (first_published = :at and id <= :id) "
				+ "order by first_published desc, id limit :limit")
			.param("at", Timestamp.from(last.firstPublished())).param("id", last.id()).param("limit", limit).query(Items::item).list();
	}

	/** Every version of each of these items, the first first, by item. */
	Map<UUID, List<ItemVersion>> versions(Collection<UUID> itemIds) {
		Map<UUID, List<ItemVersion>> versions = new HashMap<>();
		if (itemIds.isEmpty()) {
			return versions;
		}
		jdbc.sql("select * from public_item_versions where item_id in (:ids) order by item_id, version").param("ids", itemIds)
			.query(rs -> {
				versions.computeIfAbsent(rs.getObject("item_id", UUID.class), id -> new ArrayList<>()).add(version(rs, 0));
			});
		return versions;
	}

	/**
	 * The items whose title, summary, body, region or themes contain every word of the query (any part
	 * of a word, in any case), newest first.
	 */
	List<Item> search(List<String> words, int offset, int limit) {
		if (words.isEmpty()) {
			return List.of();
		}
		StringBuilder where = new StringBuilder(LISTED);
		for (int i = 0; i < words.size(); i++) {
			where.append(" and search_text like :w").append(i).append(" escape '\\'");
		}
		var spec = jdbc.sql("select * from public_items where " + where + " order by first_published desc, id offset :offset limit :limit");
		for (int i = 0; i < words.size(); i++) {
			spec = spec.param("w" + i, "%" + likeEscaped(words.get(i).toLowerCase(Locale.ROOT)) + "%");
		}
		return spec.param("offset", offset).param("limit", limit).query(Items::item).list();
	}

	/** Each country, region or theme with how many items it lists: for the site's navigation. */
	List<Facet> countries() {
		return facets("select country_code as key, country_code as name, count(*) as items from public_items where " + LISTED
				+ " group by country_code order by country_code");
	}

	List<Facet> regions() {
		return facets("select region_key as key, min(region) as name, count(*) as items from public_items where " + LISTED
				+ " group by region_key order by region_key");
	}

	List<Facet> themes() {
		return facets("select k.key, min(k.name) as name, count(*) as items from public_items, unnest(theme_keys, themes) as k(key, name) where "
				+ LISTED + " group by k.key order by min(k.name)");
	}

	private List<Facet> facets(String sql) {
		return jdbc.sql(sql).query((rs, row) -> new Facet(rs.getString("key").strip(), rs.getString("name").strip(), rs.getInt("items"))).list();
	}

	private List<Item> list(String where, String value, int offset, int limit) {
		var spec = jdbc.sql("select * from public_items where " + where + " order by first_published desc, id offset :offset limit :limit");
		if (value != null) {
			spec = spec.param("value", value);
		}
		return spec.param("offset", offset).param("limit", limit).query(Items::item).list();
	}

	/** What the search looks in: the text, the area's name in every language the site speaks, and the themes. */
	private String searchText(Item item) {
		String region = regions.of(item.region()).map(r -> String.join("\n", r.nameEn(), r.nameKo(), r.nameZh())).orElse(item.region());
		return String.join("\n", item.title(), item.summary(), item.body(), region, String.join("\n", item.themes()))
			.toLowerCase(Locale.ROOT);
	}

	static String likeEscaped(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getObject("id", UUID.class), rs.getString("slug"), PublicKind.valueOf(rs.getString("kind")), rs.getInt("version"),
				rs.getString("title"), rs.getString("summary"), rs.getString("body"), rs.getString("language"), rs.getString("region"),
				rs.getString("region_key"), rs.getString("country_code"), strings(rs.getArray("themes")), strings(rs.getArray("theme_keys")),
				instant(rs, "released_at"), instant(rs, "first_published"), instant(rs, "last_corrected"), instant(rs, "withdrawn_at"),
				rs.getString("withdrawal_notice"));
	}

	private static ItemVersion version(ResultSet rs, int row) throws SQLException {
		return new ItemVersion(rs.getInt("version"), rs.getString("title"), rs.getString("summary"), rs.getString("body"),
				rs.getString("language"), rs.getString("region"), rs.getString("country_code"), strings(rs.getArray("themes")),
				instant(rs, "released_at"), instant(rs, "published_at"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
