-- Items published before the site's regions were UN M49 areas (V179, V180) kept the search text they
-- were given then: their text and themes, and the free-text region ("east asia"), but not the area's
-- names, so that a reader searching for 동아시아 or 东亚 (or "Eastern Asia") did not find them. Each
-- such item takes its area's names in English, Korean and Chinese, lower-cased as the site writes them
-- (Items.searchText), after what it had. Its own text is kept as it is rather than lower-cased again
-- here, where the database's lower() may not treat every script as Java's does. An item that holds all
-- three names already (any item published since V180, or this migration run again) is left alone; so
-- is one whose region is no area (it searches by its region's text, as the site does for it).
-- One statement, so that each item is rewritten (and the search's trigrams updated) once.
update public_items i
   set search_text = i.search_text || E'\n' || lower(a.name_en) || E'\n' || lower(a.name_ko) || E'\n' || lower(a.name_zh)
  from m49_areas a
 where a.code = i.region
   and (position(lower(a.name_en) in i.search_text) = 0
     or position(lower(a.name_ko) in i.search_text) = 0
     or position(lower(a.name_zh) in i.search_text) = 0);
