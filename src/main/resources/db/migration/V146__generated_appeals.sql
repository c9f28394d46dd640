-- An appeal Vigil drafted from its case's facts keeps what was generated, so that an edit can be
-- compared with it (a citation removed, a place or an identity added), and the directory entries it
-- is addressed and copied to. The generated subject, asks and body are sealed with the case's data
-- key like the appeal's own text; the addressee block, copies and salutation come from the
-- directory and are not protected.
create table generated_appeals (
    appeal_id           uuid primary key references appeals (id) on delete cascade,
    kind                varchar(30) not null,
    addressee_ids       uuid[] not null,
    copy_ids            uuid[] not null,
    copies              text,
    salutation          varchar(500),
    generated_subject   text not null,
    generated_asks      text,
    generated_body      text,
    generated_at        timestamptz not null,
    generated_by        varchar(64) not null
);

-- The addressee block of a generated appeal holds every addressee with their postal address.
alter table appeals alter column addressee type varchar(2000);
