-- Vigil foundation: accounts, teams, cases, persons, sources, and their revision history (Envers).

-- ------------------------------------------------------------ accounts
create table teams (
    id          uuid primary key,
    name        varchar(100) not null unique,
    created_at  timestamptz not null
);

create table users (
    id             uuid primary key,
    username       varchar(64) not null,
    password_hash  varchar(200) not null,
    enabled        boolean not null default true,
    failed_logins  integer not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz not null,
    version        bigint not null default 0
);
create unique index users_username_key on users (lower(username));

create table user_roles (
    user_id  uuid not null references users (id) on delete cascade,
    role     varchar(32) not null check (role in ('ADMINISTRATOR', 'RESEARCHER', 'REVIEWER', 'ADVOCACY')),
    primary key (user_id, role)
);

create table team_members (
    user_id  uuid not null references users (id) on delete cascade,
    team_id  uuid not null references teams (id),
    primary key (user_id, team_id)
);

create table api_tokens (
    id            uuid primary key,
    user_id       uuid not null references users (id) on delete cascade,
    token_hash    varchar(64) not null unique,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_tokens_user on api_tokens (user_id);

-- ------------------------------------------------------------ cases
create table case_reference_counters (
    country      varchar(2) not null,
    year         integer not null,
    last_number  integer not null,
    primary key (country, year)
);

create table cases (
    id                        uuid primary key,
    reference                 varchar(20) not null unique,
    title                     varchar(300) not null,
    summary                   text,
    country_of_custody        varchar(2) not null,
    country_of_feared_return  varchar(2),
    region                    varchar(100),
    themes                    varchar(1000),
    status                    varchar(20) not null,
    priority                  varchar(20) not null,
    priority_rank             integer not null,
    outcome                   varchar(30),
    team_id                   uuid not null references teams (id),
    created_at                timestamptz not null,
    created_by                varchar(64) not null,
    updated_at                timestamptz not null,
    updated_by                varchar(64) not null,
    version                   bigint not null
);
create index cases_team_updated on cases (team_id, updated_at desc);
create index cases_custody on cases (country_of_custody);
create index cases_feared_return on cases (country_of_feared_return);

create table case_shares (
    case_id     uuid not null references cases (id) on delete cascade,
    user_id     uuid not null references users (id) on delete cascade,
    granted_by  varchar(64) not null,
    granted_at  timestamptz not null,
    expires_at  timestamptz,
    primary key (case_id, user_id)
);
create index case_shares_user on case_shares (user_id);

create table persons (
    id                      uuid primary key,
    case_id                 uuid not null references cases (id) on delete cascade,
    kind                    varchar(20) not null,
    number_of_persons       integer not null,
    role                    varchar(30) not null,
    public_label            varchar(100) not null,
    name                    varchar(500),
    names_in_other_scripts  text,
    aliases                 text,
    sex                     varchar(20),
    birth_date              date,
    birth_date_precision    varchar(20),
    nationality             varchar(2),
    notes                   text,
    created_at              timestamptz not null,
    created_by              varchar(64) not null,
    version                 bigint not null
);
create index persons_case on persons (case_id, created_at);

create table sources (
    id               uuid primary key,
    case_id          uuid not null references cases (id) on delete cascade,
    label            varchar(200) not null,
    name             varchar(500),
    contact_details  text,
    reported_on      date,
    reliability      varchar(20) not null,
    confidential     boolean not null,
    information      text,
    created_at       timestamptz not null,
    created_by       varchar(64) not null,
    version          bigint not null
);
create index sources_case on sources (case_id, created_at);

create table source_persons (
    source_id  uuid not null references sources (id) on delete cascade,
    person_id  uuid not null references persons (id) on delete cascade,
    primary key (source_id, person_id)
);

-- ------------------------------------------------------------ history (Hibernate Envers)
create table revinfo (
    id         bigint generated by default as identity primary key,
    timestamp  bigint not null,
    username   varchar(64)
);

create table cases_aud (
    id                        uuid not null,
    rev                       bigint not null references revinfo (id),
    revtype                   smallint,
    reference                 varchar(20),
    title                     varchar(300),
    summary                   text,
    country_of_custody        varchar(2),
    country_of_feared_return  varchar(2),
    region                    varchar(100),
    themes                    varchar(1000),
    status                    varchar(20),
    priority                  varchar(20),
    priority_rank             integer,
    outcome                   varchar(30),
    team_id                   uuid,
    created_at                timestamptz,
    created_by                varchar(64),
    updated_at                timestamptz,
    updated_by                varchar(64),
    version                   bigint,
    primary key (rev, id)
);
create index cases_aud_id on cases_aud (id);

create table persons_aud (
    id                      uuid not null,
    rev                     bigint not null references revinfo (id),
    revtype                 smallint,
    case_id                 uuid,
    kind                    varchar(20),
    number_of_persons       integer,
    role                    varchar(30),
    public_label            varchar(100),
    name                    varchar(500),
    names_in_other_scripts  text,
    aliases                 text,
    sex                     varchar(20),
    birth_date              date,
    birth_date_precision    varchar(20),
    nationality             varchar(2),
    notes                   text,
    created_at              timestamptz,
    created_by              varchar(64),
    version                 bigint,
    primary key (rev, id)
);
create index persons_aud_case on persons_aud (case_id);
create index persons_aud_id on persons_aud (id);

create table sources_aud (
    id               uuid not null,
    rev              bigint not null references revinfo (id),
    revtype          smallint,
    case_id          uuid,
    label            varchar(200),
    name             varchar(500),
    contact_details  text,
    reported_on      date,
    reliability      varchar(20),
    confidential     boolean,
    information      text,
    created_at       timestamptz,
    created_by       varchar(64),
    version          bigint,
    primary key (rev, id)
);
create index sources_aud_case on sources_aud (case_id);

create table source_persons_aud (
    rev        bigint not null references revinfo (id),
    revtype    smallint,
    source_id  uuid not null,
    person_id  uuid not null,
    primary key (rev, source_id, person_id)
);
