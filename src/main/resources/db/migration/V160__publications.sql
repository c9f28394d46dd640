-- Publishing: a publication is the public form of an approved, dispatched appeal or of a press
-- release drafted from a case. Until it is released its title, summary and body are sealed with the
-- case's key like the appeal they were copied from (a draft may still hold a protected value the
-- check has not yet refused). A reviewer prepares it; another releases it, at once or at the end of
-- an embargo; it can then be corrected or withdrawn. The public site keeps its own copy of what was
-- published, under the slug recorded here.
create table publications (
    id                uuid primary key,
    case_id           uuid not null references cases (id),
    appeal_id         uuid references appeals (id),
    kind              varchar(16) not null check (kind in ('URGENT_APPEAL', 'PRESS_RELEASE')),
    status            varchar(10) not null check (status in ('DRAFT', 'EMBARGOED', 'PUBLISHED', 'WITHDRAWN')),
    title             text not null,
    summary           text not null,
    body              text not null,
    language          varchar(2) not null,
    region            varchar(100),
    country_code      varchar(2),
    themes            text not null,
    prepared_by       varchar(64) not null,
    prepared_at       timestamptz not null,
    edited_by         varchar(64) not null,
    edited_at         timestamptz not null,
    released_by       varchar(64),
    released_at       timestamptz,
    embargo_until     timestamptz,
    published_at      timestamptz,
    slug              varchar(200),
    public_path       varchar(300),
    public_version    integer,
    corrected_at      timestamptz,
    correction_note   text,
    withdrawn_by      varchar(64),
    withdrawn_at      timestamptz,
    withdrawal_notice text,
    version           bigint not null
);
create index publications_of_case on publications (case_id, prepared_at);
create index publications_embargoed on publications (embargo_until) where status = 'EMBARGOED';
