-- ------------------------------------------------------------ directory of authorities
-- One row per authority or official. The forms of address and the contact channels are small
-- lists read and written with the entry, kept as JSON text (directory.internal.JsonColumns).
-- The shipped starting directory is loaded by the application into an empty table on the first
-- start (directory.internal.DirectoryStartingData), not by a migration.
create table directory_authorities (
    id            uuid         primary key,
    country       varchar(2)   not null,
    kind          varchar(40)  not null,
    name          varchar(200),
    title         varchar(300) not null,
    body          varchar(300),
    host_country  varchar(2),
    languages     text         not null,
    forms         text         not null,
    channels      text         not null,
    checked_by    varchar(64),
    checked_on    date,
    retired_on    date,
    version       bigint       not null default 0,
    -- an entry is checked by someone on a day, or not at all
    constraint directory_authorities_checked check ((checked_by is null) = (checked_on is null))
);
create index directory_authorities_country on directory_authorities (country, kind) where retired_on is null;

-- History (Envers): every version of every entry, with the revision that made it.
create table directory_authorities_aud (
    id            uuid        not null,
    rev           bigint      not null references revinfo (id),
    revtype       smallint,
    country       varchar(2),
    kind          varchar(40),
    name          varchar(200),
    title         varchar(300),
    body          varchar(300),
    host_country  varchar(2),
    languages     text,
    forms         text,
    channels      text,
    checked_by    varchar(64),
    checked_on    date,
    retired_on    date,
    version       bigint,
    primary key (rev, id)
);
create index directory_authorities_aud_id on directory_authorities_aud (id, rev);
