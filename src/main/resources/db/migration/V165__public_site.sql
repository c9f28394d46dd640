-- The public site: the public copy of each released text, as it was handed to the site, and
-- nothing else. No column names a case, a person or a source; the publication id only lets the
-- same release handed in twice answer the item it already made, and is never shown.
-- Trigram indexes make any part of a word findable, which is how Korean and Chinese text (no
-- spaces between words, or particles glued to them) is searched.
create extension if not exists pg_trgm;

create table public_items (
    id                uuid primary key,
    publication_id    uuid not null unique,
    slug              varchar(160) not null unique,
    kind              varchar(16) not null check (kind in ('URGENT_APPEAL', 'PRESS_RELEASE')),
    -- The slug's year, country and number (2026/cn-1-…): the items of a country in a year, counted.
    year              integer not null,
    slug_country      char(2) not null,
    number            integer not null,
    -- The current version's text and tags, kept here for the listing pages and the search.
    version           integer not null,
    title             varchar(300) not null,
    summary           varchar(2000) not null,
    body              text not null,
    language          varchar(35) not null,
    region            varchar(100) not null,
    region_key        varchar(100) not null,
    country_code      char(2) not null,
    themes            varchar(80)[] not null,
    theme_keys        varchar(80)[] not null,
    released_at       timestamptz not null,
    search_text       text not null,
    first_published   timestamptz not null,
    last_corrected    timestamptz,
    withdrawn_at      timestamptz,
    withdrawal_notice varchar(2000),
    unique (year, slug_country, number)
);
create index public_items_latest on public_items (first_published desc, id) where withdrawn_at is null;
create index public_items_by_country on public_items (country_code, first_published desc, id) where withdrawn_at is null;
create index public_items_by_region on public_items (region_key, first_published desc, id) where withdrawn_at is null;
create index public_items_by_theme on public_items using gin (theme_keys) where withdrawn_at is null;
create index public_items_search on public_items using gin (search_text gin_trgm_ops) where withdrawn_at is null;

-- Every version an item had, the first one included: earlier versions stay readable.
create table public_item_versions (
    item_id      uuid not null references public_items (id),
    version      integer not null,
    title        varchar(300) not null,
    summary      varchar(2000) not null,
    body         text not null,
    language     varchar(35) not null,
    region       varchar(100) not null,
    country_code char(2) not null,
    themes       varchar(80)[] not null,
    released_at  timestamptz not null,
    published_at timestamptz not null,
    primary key (item_id, version)
);
