-- Places and name variants that administrators add to the gazetteer (module geo). They win over
-- the shipped data: an added place may replace a shipped one (its gazetteer id in "replaces"),
-- and an added name may belong to any place, shipped ("gn:2033467") or added ("db:<uuid>").
-- Place names are reference data, not protected values.
create table geo_places (
    id uuid primary key,
    name text not null check (length(name) between 1 and 120),
    kind text not null check (kind in ('city', 'admin1', 'other')),
    country char(2) not null,
    within text check (length(within) <= 40),
    lat double precision not null check (lat between -90 and 90),
    lon double precision not null check (lon between -180 and 180),
    replaces text check (length(replaces) <= 60),
    note text check (length(note) <= 500),
    added_by text not null,
    added_at timestamptz not null,
    version bigint not null default 0
);

create table geo_place_names (
    id uuid primary key,
    place_id text not null check (length(place_id) <= 60),
    name text not null check (length(name) between 1 and 120),
    added_by text not null,
    added_at timestamptz not null,
    unique (place_id, name)
);

create index geo_place_names_by_place on geo_place_names (place_id);
