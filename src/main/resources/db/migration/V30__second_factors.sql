-- Second factors: a TOTP authenticator per user, one-time recovery codes, and a per-user moment
-- before which every session counts as revoked ("revoke everything" after a device is seized).

create table totp_factors (
    user_id           uuid primary key references users (id) on delete cascade,
    -- The shared secret, encrypted with the second-factor key kept in the Vigil home (Tink AEAD,
    -- bound to the user id), so a database dump alone does not let anyone compute codes.
    secret_encrypted  bytea not null,
    created_at        timestamptz not null,
    -- Null while enrolment waits for the first correct code.
    confirmed_at      timestamptz,
    -- The last time step whose code was accepted: a code is never accepted twice.
    last_used_step    bigint not null default 0
);

create table recovery_codes (
    id         uuid primary key,
    user_id    uuid not null references users (id) on delete cascade,
    -- SHA-256 of the code: the codes carry 80 random bits, so a plain digest cannot be reversed.
    code_hash  varchar(64) not null unique,
    created_at timestamptz not null,
    used_at    timestamptz
);
create index recovery_codes_user on recovery_codes (user_id);

alter table users add column sessions_valid_after timestamptz;
