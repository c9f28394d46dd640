-- Joint appeals and signature images. Partner organisations that sign a letter with the organisation, kept by
-- administrators, each with its logo and its own signatories (names and titles as printed).
create table partner_organisations (
    id               uuid primary key,
    name             varchar(200) not null,
    description      varchar(500),
    logo_media_type  varchar(20) check (logo_media_type in ('image/png', 'image/jpeg')),
    logo             bytea,
    updated_at       timestamptz not null,
    updated_by       varchar(64) not null,
    version          bigint not null
);

create table partner_signatories (
    partner_id  uuid not null references partner_organisations (id) on delete cascade,
    position    integer not null,
    name        varchar(200) not null,
    title       varchar(200) not null,
    primary key (partner_id, position)
);

-- The partners that sign an appeal with the organisation, in the order their logos appear.
create table appeal_partners (
    appeal_id   uuid not null references appeals (id) on delete cascade,
    position    integer not null,
    partner_id  uuid not null references partner_organisations (id),
    primary key (appeal_id, position),
    unique (appeal_id, partner_id)
);

-- A signatory's signature image, printed above their name on the letters they approved; sealed
-- with a data key of the user's own (the vault's key scope is the user's id), never served alone.
alter table signing_profiles add column signature_media_type varchar(20) check (signature_media_type in ('image/png', 'image/jpeg'));
alter table signing_profiles add column signature bytea;
