-- Replies to appeals: read from the organisation's mailbox (IMAP) or logged by hand. Sender,
-- subject, text and attachments are sealed (org.vigil.vault.FieldCipher): with the case's key once
-- the reply is attached to an appeal, with a key of the reply's own (key scope = its id) while it
-- waits in triage, so that dismissing it shreds it. message_id, the reply's own Message-ID, lets a
-- second reading of the mailbox recognise a message already taken in.
create table dispatch_replies (
    id             uuid primary key,
    status         varchar(10) not null check (status in ('TRIAGE', 'ATTACHED', 'DISMISSED')),
    case_id        uuid references cases (id),
    appeal_id      uuid references appeals (id),
    attempt_id     uuid references dispatch_attempts (id),
    matched_by     varchar(10) check (matched_by in ('THREAD', 'REFERENCE', 'OFFICER', 'LOGGED')),
    received_via   varchar(10) not null check (received_via in ('EMAIL', 'FAX', 'POST', 'OTHER')),
    response_type  varchar(30) check (response_type in ('ACKNOWLEDGEMENT', 'DENIAL', 'INFORMATION_PROVIDED', 'ACTION_TAKEN', 'OTHER')),
    message_id     varchar(1000) unique,
    malformed      boolean not null default false,
    sender         text,
    subject        text,
    body           text,
    received_at    timestamptz not null,
    taken_in_at    timestamptz not null,
    taken_in_by    varchar(64) not null,
    handled_at     timestamptz,
    handled_by     varchar(64),
    version        bigint not null,
    check ((status = 'ATTACHED') = (appeal_id is not null))
);
create index dispatch_replies_appeal on dispatch_replies (case_id, appeal_id, received_at);
create index dispatch_replies_triage on dispatch_replies (received_at) where status = 'TRIAGE';

create table dispatch_reply_files (
    id          uuid primary key,
    reply_id    uuid not null references dispatch_replies (id) on delete cascade,
    name        text not null,
    media_type  varchar(255) not null,
    size_bytes  bigint not null,
    content     bytea not null
);
create index dispatch_reply_files_reply on dispatch_reply_files (reply_id);
