-- The chained audit log. Each entry's hash covers its own fields and the previous entry's hash,
-- so an edited, removed or reordered entry breaks the chain; signed checkpoints pin the chain so
-- that rewriting it wholesale, or cutting off its tail, is detected too.

create table audit_entries (
    -- Assigned under the audit_head lock, without gaps: a missing number is a removed entry.
    id           bigint primary key,
    at           timestamptz not null,
    actor        text not null,
    action       text not null,
    record_type  text,
    record_id    text,
    outcome      text not null,
    address      text,
    details      jsonb not null default '{}',
    prev_hash    char(64) not null,
    hash         char(64) not null
);

-- One row: the last entry written. Appends lock it, so the chain never forks under concurrency.
create table audit_head (
    id         integer primary key check (id = 1),
    last_id    bigint not null,
    last_hash  char(64) not null
);
insert into audit_head (id, last_id, last_hash) values (1, 0, repeat('0', 64));

create table audit_checkpoints (
    entry_id   bigint primary key,
    hash       char(64) not null,
    at         timestamptz not null,
    signature  bytea not null
);

-- Append-only for the application: updates and deletes are refused. This does not stop the owner
-- of the database (who can drop the trigger); the chain and the checkpoints catch that.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end;
$$;
create trigger audit_entries_append_only before update or delete on audit_entries
    for each row execute function audit_refuse_change();
create trigger audit_entries_no_truncate before truncate on audit_entries
    for each statement execute function audit_refuse_change();
