-- Evidence files attached to a case. The content is not in the database: it lives, encrypted with
-- the case's data key (record type "evidence", the file's id, field "content"), in
-- <vigil.home>/files/<case id>/<file id>, which backups archive with the database. The file name
-- can name a person, so it is sealed like an identity ("v1:" + base64url), and so is the optional
-- description. The media type is only what the uploader's browser declared, kept for display.
create table evidence_files (
    id           uuid primary key,
    case_id      uuid not null references cases (id) on delete cascade,
    name         text not null,
    media_type   varchar(255) not null,
    size_bytes   bigint not null check (size_bytes >= 0),
    description  text,
    uploaded_by  varchar(64) not null,
    uploaded_at  timestamptz not null
);
create index evidence_files_case on evidence_files (case_id, uploaded_at);
