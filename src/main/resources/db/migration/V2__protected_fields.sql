-- Protected fields are stored as ciphertext (org.vigil.vault.FieldCipher: "v1:" + base64url),
-- bound to their case, record and field; the history tables hold the same ciphertext.
alter table persons
    alter column name type text,
    alter column sex type text,
    alter column birth_date type text,
    alter column birth_date_precision type text,
    alter column nationality type text;
alter table persons_aud
    alter column name type text,
    alter column sex type text,
    alter column birth_date type text,
    alter column birth_date_precision type text,
    alter column nationality type text;
alter table sources alter column name type text;
alter table sources_aud alter column name type text;

-- Keyed blind-index tokens of protected names (org.vigil.vault.BlindIndex): "is this person
-- already recorded?" without decrypting every record.
create table person_name_tokens (
    token      char(64) not null,
    person_id  uuid not null references persons (id) on delete cascade,
    case_id    uuid not null references cases (id) on delete cascade,
    primary key (token, person_id)
);
create index person_name_tokens_person on person_name_tokens (person_id);
