package org.vigil.bench.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Published items of the public site ({@code bench generate --published-items N}), written in SQL
 * straight into its tables ({@code public_items} and their first versions), as the site keeps the
 * copies it is handed: releasing each through the API would need a dispatched appeal, a redaction
 * check and a second reviewer's password (an Argon2id check) per item. Skewed like the work: most in
 * English, a sixth each in Korean and Chinese, over ten countries of Asia (China the busiest), two
 * themes each, over the last three years; bodies of a few paragraphs, so that the search reads text
 * of a real length.
 */
final class PublishedItemsData {

	private static final String COUNTRIES = "array['CN','CN','CN','CN','KP','KR','VN','LA','TH','MN','MY','ID']";

	/** Each country's UN M49 area: Eastern Asia (030) or South-eastern Asia (035). */
	private static final String REGIONS = "array['030','030','030','030','030','030','035','035','035','030','035','035']";

	private PublishedItemsData() {
	}

	/** Adds {@code items} published items; answers how many rows were written. */
	static long write(DataSource dataSource, int items, long seed, PrintWriter out) {
		if (items <= 0) {
			return 0;
		}
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("""
					create temp table bench_new_items on commit drop as
					with shaped as (select g, gen_random_uuid() as id, abs(hashtext('%d-p-' || g)) as r1, abs(hashtext('%d-q-' || g)) as r2,
					now() - make_interval(mins => (abs(hashtext('%d-t-' || g)) %% (3 * 525600))) as at from generate_series(0, %d - 1) g)
					select s.*, (%s)[1 + r1 %% 12] as country, (%s)[1 + r1 %% 12] as region,
					case when r2 %% 6 = 0 then 'ko' when r2 %% 6 = 1 then 'zh' else 'en' end as language,
					extract(year from at at time zone 'UTC')::int as year from shaped s""".formatted(seed, seed, seed, items, COUNTRIES, REGIONS));
			statement.execute("""
					alter table bench_new_items add column number int, add column title text, add column body text""");
			statement.execute("""
					update bench_new_items n set number = numbered.number + coalesce((select max(number) from public_items p
					where p.year = n.year and p.slug_country = n.country), 0)
					from (select id, row_number() over (partition by year, country order by at, id) as number from bench_new_items) numbered
					where numbered.id = n.id""");
			statement.execute("""
					update bench_new_items set
					title = case language when 'ko' then '탈북민 강제송환 중단 촉구 ' || g when 'zh' then '停止强制遣返朝鲜难民 ' || g
					else 'Do not return the refugees held near the border ' || g end,
					body = case language when 'ko' then repeat('다섯 명의 난민이 국경 근처에 구금되어 있으며 강제송환의 위험에 처해 있습니다. ', 6)
					when 'zh' then repeat('五名难民被关押在边境附近，面临被强制遣返的危险。', 8)
					else repeat('Five refugees are held near the border and face forced return, torture and imprisonment. ', 8) end
					|| E'\\n\\n' || 'Bench item ' || g || '.'""");
			long rows = statement.executeUpdate("""
					insert into public_items (id, publication_id, slug, kind, year, slug_country, number, version, title, summary, body,
					language, region, region_key, country_code, themes, theme_keys, released_at, search_text, first_published)
					select id, gen_random_uuid(), year || '/' || lower(country) || '-' || number || '-urgent-appeal-bench-item-' || g,
					'URGENT_APPEAL', year, country, number, 1, title, '', body, language, region, case region when '030' then 'eastern-asia' else 'south-eastern-asia' end, country,
					array['Refoulement', case when r2 % 2 = 0 then 'Torture' else 'Detention' end]::varchar[],
					array['refoulement', case when r2 % 2 = 0 then 'torture' else 'detention' end]::varchar[],
					at, lower(title || ' ' || body), at from bench_new_items""");
			rows += statement.executeUpdate("""
					insert into public_item_versions (item_id, version, title, summary, body, language, region, country_code, themes,
					released_at, published_at)
					select i.id, 1, i.title, i.summary, i.body, i.language, i.region, i.country_code, i.themes, i.released_at, i.first_published
					from public_items i join bench_new_items n on n.id = i.id""");
			connection.commit();
			out.printf("Wrote %,d published items (%,d rows) in %.1f s.%n", items, rows, (System.nanoTime() - started) / 1e9);
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Writing the published items failed: " + ex.getMessage(), ex);
		}
	}

}
