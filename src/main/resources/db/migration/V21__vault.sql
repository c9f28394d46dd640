-- One data key per case, wrapped (encrypted) by the master key, which is never stored here.
-- Shredding sets wrapped_keyset to null: the case's protected fields can then never be decrypted.
create table case_keys (
    case_id         uuid primary key,
    wrapped_keyset  bytea,
    -- The Tink key id of the master key version that wrapped it (for rotation reports).
    master_key_id   bigint,
    created_at      timestamptz not null,
    destroyed_at    timestamptz,
    legal_hold      boolean not null default false,
    constraint case_keys_destroyed_or_present check ((wrapped_keyset is null) = (destroyed_at is not null)),
    constraint case_keys_no_shred_under_hold check (not (legal_hold and destroyed_at is not null))
);
