package org.vigil.bench.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public site's scenarios, the pages that take the press traffic (issue 13: the item page and the
 * country page ≤ 10 ms at p95 with 8 clients over 50 000 published items, see {@code bench generate
 * --published-items}): an item's page, a country's page, the home page, a search and the Atom feed,
 * each against the SQL it needs. No sign-in: these pages are for anyone.
 */
final class PublishingScenarios {

	private static final String LATEST = "select * from public_items where withdrawn_at is null order by first_published desc, id limit 50";

	/** How many items the press reads at once, in the scenarios of a hot set: the cache holds them all. */
	private static final int HOT = 20;

	private static final String COUNTRY = "select * from public_items where withdrawn_at is null and country_code = ? "
			+ "order by first_published desc, id limit 50";

	private PublishingScenarios() {
	}

	static void add(List<Scenario> scenarios, ApiClient api, Baselines baselines) {
		List<String> slugs = slugs(baselines.connection(0));
		if (!slugs.isEmpty()) {
			scenarios.add(new Scenario("public-item", "GET /public/{slug}, one of " + slugs.size() + " published items in turn",
					(w, i) -> api.get("/public/" + slugs.get(i % slugs.size())), "SQL: the item by slug + its versions",
					(w, i) -> itemQueries(baselines.connection(w), slugs.get(i % slugs.size()))));
		}
		if (slugs.size() >= HOT) {
			List<String> hot = slugs.subList(0, HOT);
			scenarios.add(new Scenario("public-item-hot", "GET /public/{slug}, " + HOT + " items in turn (the press on a few releases)",
					(w, i) -> api.get("/public/" + hot.get(i % HOT)), "SQL: the item by slug + its versions",
					(w, i) -> itemQueries(baselines.connection(w), hot.get(i % HOT))));
			Map<String, String> tags = new ConcurrentHashMap<>();
			scenarios.add(new Scenario("public-item-revalidate", "GET /public/{slug} with If-None-Match of its ETag: 304, " + HOT + " items in turn",
					(w, i) -> {
						String slug = hot.get(i % HOT);
						String tag = tags.get(slug);
						if (tag == null) {
							tag = api.etag("/public/" + slug);
							if (tag == null) {
								return false;
							}
							tags.put(slug, tag);
						}
						return api.notModified("/public/" + slug, tag);
					}, "SQL: the item by slug", (w, i) -> Baselines.readAll(baselines.connection(w),
							"select * from public_items where slug = ?", hot.get(i % HOT))));
		}
		scenarios.add(new Scenario("public-country", "GET /public/country/cn, the busiest country's latest 50",
				(w, i) -> api.get("/public/country/cn"), "SQL: the country's latest 50",
				(w, i) -> Baselines.readAll(baselines.connection(w), COUNTRY, "CN")));
		scenarios.add(new Scenario("public-home", "GET /public, the latest 50 and the regions, countries and themes counted",
				(w, i) -> api.get("/public"), "SQL: the latest 50 + three counts by facet",
				(w, i) -> {
					Connection c = baselines.connection(w);
					return read(c, LATEST) && read(c, "select region_key, min(region), count(*) from public_items where withdrawn_at is null group by region_key")
							&& read(c, "select country_code, count(*) from public_items where withdrawn_at is null group by country_code")
							&& read(c, "select t, count(*) from public_items, unnest(theme_keys) t where withdrawn_at is null group by t");
				}));
		scenarios.add(new Scenario("public-search", "GET /public/search?q=refugees, a word in most English items",
				(w, i) -> api.get("/public/search?q=refugees"), "SQL: trigram match, latest 50",
				(w, i) -> Baselines.readAll(baselines.connection(w), "select * from public_items where withdrawn_at is null and search_text like ? "
						+ "order by first_published desc, id limit 50", "%refugees%")));
		scenarios.add(new Scenario("public-feed", "GET /public/feed.atom, the latest 50 as Atom",
				(w, i) -> api.get("/public/feed.atom", "application/atom+xml"), "SQL: the latest 50",
				(w, i) -> read(baselines.connection(w), LATEST)));
	}

	private static boolean itemQueries(Connection c, String slug) throws SQLException {
		return Baselines.readAll(c, "select * from public_items where slug = ?", slug) && Baselines.readAll(c,
				"select * from public_item_versions where item_id = (select id from public_items where slug = ?) order by version", slug);
	}

	/** Runs a query without parameters and reads every column of every row, as a mapper would. */
	private static boolean read(Connection c, String sql) throws SQLException {
		try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int column = 1; column <= columns; column++) {
					rows.getObject(column);
				}
			}
			return true;
		}
	}

	/** Up to a thousand published items' slugs, spread over the whole site. */
	private static List<String> slugs(Connection c) {
		List<String> slugs = new ArrayList<>();
		try (PreparedStatement query = c.prepareStatement(
				"select slug from public_items where withdrawn_at is null order by md5(slug) limit 1000"); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				slugs.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			// A database from before the public site: no item scenario.
		}
		return slugs;
	}

}
