-- Regions were free text ("East Asia"); they become M49 areas (V179): publications and the public
-- site's items keep the area's code, the site's items its key in addresses too. A free-text region
-- that names an area (in English, any case, or by its key) takes that area; any other takes the
-- smallest area of the country; one whose country M49 places in none (Antarctica) keeps its text,
-- which the site shows as it is until the item is corrected.
create function pg_temp.m49_area(region varchar, country char(2)) returns char(3) language sql stable as $$
    select coalesce(
        (select a.code from m49_areas a
          where lower(a.name_en) = lower(btrim(region)) or a.key = lower(btrim(region)) or a.code = btrim(region)),
        (select c.area from m49_countries c where c.country_code = upper(country)))
$$;

update publications set region = coalesce(pg_temp.m49_area(region, country_code), region)
 where region is not null or country_code is not null;

-- One statement, so that each item is rewritten (and its indexes, the search's trigrams among them, updated) once.
update public_items i set region = m.code, region_key = m.key
  from (select f.id, a.code, a.key
          from (select p.id, pg_temp.m49_area(p.region, p.country_code) as code from public_items p offset 0) f -- once an item
          join m49_areas a on a.code = f.code) m
 where m.id = i.id;

update public_item_versions v set region = coalesce(pg_temp.m49_area(v.region, v.country_code), v.region);
