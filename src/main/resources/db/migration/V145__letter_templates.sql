-- Letter templates edited by the organisation (letters module). A kind and language without a row
-- uses the template shipped with Vigil; the row, once saved, wins. History kept by Envers.
create table letter_templates (
    id          varchar(40)  primary key,
    kind        varchar(24)  not null check (kind in ('URGENT_APPEAL', 'FOLLOW_UP_APPEAL', 'JOINT_LETTER', 'PRESS_RELEASE')),
    language    varchar(8)   not null,
    body        text         not null,
    updated_by  varchar(200) not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    unique (kind, language)
);

create table letter_templates_aud (
    id          varchar(40) not null,
    rev         bigint      not null references revinfo (id),
    revtype     smallint,
    kind        varchar(24),
    language    varchar(8),
    body        text,
    updated_by  varchar(200),
    updated_at  timestamptz,
    version     bigint,
    primary key (rev, id)
);
