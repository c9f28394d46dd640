-- Whereabouts (module whereabouts): per person or group of a case, a timeline of custody periods,
-- sightings, expected transfers and handovers, and — for a person not in custody — where they are
-- in hiding. Places of custody, sightings and transfers are case data (a state holds the people).
-- A place of hiding is sealed with the person's own key like an identity field ("v1:" + base64url,
-- record type "whereabouts", field "hidingPlace"), and so are the notes (field "notes"); their
-- place columns stay empty. Dates may be fuzzy: earliest and latest day, a precision and "about".
create table whereabouts_entries (
    id                  uuid primary key,
    case_id             uuid not null references cases (id) on delete cascade,
    person_id           uuid not null references persons (id) on delete cascade,
    kind                varchar(20) not null check (kind in ('CUSTODY', 'SIGHTING', 'TRANSFER', 'HIDING')),
    place_id            varchar(64),
    place_name          varchar(200),
    place_admin1        varchar(200),
    place_country       varchar(2),
    place_lat           double precision check (place_lat between -90 and 90),
    place_lon           double precision check (place_lon between -180 and 180),
    from_place_id       varchar(64),
    from_place_name     varchar(200),
    from_place_admin1   varchar(200),
    from_place_country  varchar(2),
    from_place_lat      double precision check (from_place_lat between -90 and 90),
    from_place_lon      double precision check (from_place_lon between -180 and 180),
    hiding_place        text,
    custodian           varchar(200),
    custodian_country   varchar(2),
    facility            varchar(200),
    into_hands_of       varchar(200),
    receiving_state     varchar(2),
    date_earliest       date not null,
    date_latest         date not null,
    date_precision      varchar(20) not null,
    date_approximate    boolean not null default false,
    until_earliest      date,
    until_latest        date,
    until_precision     varchar(20),
    until_approximate   boolean not null default false,
    certainty           varchar(20) not null,
    source_id           uuid references sources (id) on delete set null,
    reported_on         date,
    notes               text,
    report_id           uuid,
    report_proposal     integer check (report_proposal >= 0),
    confirmed_flags     varchar(200) not null default '',
    created_by          varchar(64) not null,
    created_at          timestamptz not null,
    updated_by          varchar(64) not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0,
    check (date_latest >= date_earliest),
    check (until_earliest is null or until_latest >= until_earliest),
    check ((kind = 'HIDING') = (place_name is null and place_lat is null))
);
create index whereabouts_entries_case on whereabouts_entries (case_id, person_id, date_earliest);

-- What a contact reported, pasted into the case's "New information" box. The text may name the
-- informant, so it is sealed with the case's key (record type "whereabouts-report", field "text").
-- Proposed entries are read from it again whenever they are shown; only confirmed ones are stored.
create table whereabouts_reports (
    id            uuid primary key,
    case_id       uuid not null references cases (id) on delete cascade,
    text          text not null,
    reported_on   date not null,
    source_id     uuid references sources (id) on delete set null,
    received_by   varchar(64) not null,
    received_at   timestamptz not null
);
create index whereabouts_reports_case on whereabouts_reports (case_id, received_at);
alter table whereabouts_entries add constraint whereabouts_entries_report
    foreign key (report_id) references whereabouts_reports (id) on delete set null;
