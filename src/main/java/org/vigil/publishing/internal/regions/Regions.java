package org.vigil.publishing.internal.regions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of regions publications are filed under (UN M49, tables {@code m49_areas} and
 * {@code m49_countries}, written by a migration): read once, as it only changes with a migration.
 */
@Component
public class Regions {

	private static final Map<String, Integer> DEPTHS = Map.of("REGION", 0, "SUB_REGION", 1, "INTERMEDIATE_REGION", 2);

	private final JdbcClient jdbc;

	/** The areas in the order of a table of contents: each region, then its sub-regions, each followed by its own. */
	private volatile List<Region> areas;

	private volatile Map<String, String> areaOfCountry;

	public Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every area, each region followed by the areas it holds (alphabetically by English name at each level). */
	public List<Region> all() {
		List<Region> read = areas;
		if (read == null) {
			List<Region> found = jdbc.sql("select code, parent, key, kind, name_en, name_ko, name_zh from m49_areas")
				.query((rs, row) -> new Region(rs.getString("code"), rs.getString("parent"), rs.getString("key"),
						DEPTHS.get(rs.getString("kind")), rs.getString("name_en"), rs.getString("name_ko"), rs.getString("name_zh")))
				.list();
			read = List.copyOf(ordered(found, null));
			areas = read;
		}
		return read;
	}

	public Optional<Region> of(String code) {
		return code == null ? Optional.empty() : all().stream().filter(r -> r.code().equals(code)).findFirst();
	}

	public Optional<Region> ofKey(String key) {
		return all().stream().filter(r -> r.key().equals(key)).findFirst();
	}

	/** The smallest area that holds the country (ISO 3166-1 alpha-2), if M49 places it in one. */
	public Optional<Region> ofCountry(String countryCode) {
		if (countryCode == null) {
			return Optional.empty();
		}
		Map<String, String> countries = areaOfCountry;
		if (countries == null) {
			Map<String, String> found = new LinkedHashMap<>();
			jdbc.sql("select country_code, area from m49_countries where area is not null")
				.query(rs -> {
					found.put(rs.getString("country_code"), rs.getString("area"));
				});
			countries = Map.copyOf(found);
			areaOfCountry = countries;
		}
		return of(countries.get(countryCode.toUpperCase(Locale.ROOT)));
	}

	/** The area and every area it holds, at any depth: the keys whose items its page lists. */
	public List<String> keysWithin(Region region) {
		List<String> keys = new ArrayList<>();
		keys.add(region.key());
		for (Region inner : all()) {
			if (region.code().equals(inner.parent())) {
				keys.addAll(keysWithin(inner));
			}
		}
		return keys;
	}

	/** The area's key and the keys of every area that holds it: the region pages that list an item filed under it. */
	public List<String> keysHolding(String code) {
		List<String> keys = new ArrayList<>();
		for (Optional<Region> area = of(code); area.isPresent(); area = of(area.get().parent())) {
			keys.add(area.get().key());
		}
		return keys;
	}

	/** The area's name in the locale's language; the code itself for an area the table does not know. */
	public String name(String code, Locale locale) {
		return of(code).map(r -> r.name(locale)).orElse(code);
	}

	private static List<Region> ordered(List<Region> found, String parent) {
		List<Region> ordered = new ArrayList<>();
		found.stream().filter(r -> Objects.equals(r.parent(), parent)).sorted(Comparator.comparing(Region::nameEn))
			.forEach(r -> {
				ordered.add(r);
				ordered.addAll(ordered(found, r.code()));
			});
		return ordered;
	}

}
