-- Dispatch: one delivery attempt per approved appeal, destination and channel. The destination is
-- an authority's official address (public), never a protected value. The Message-ID is made when
-- the attempt is created and reused by every retry, so a receiver can tell a repeat from a new
-- letter; status SENT is recorded before the sending event is acknowledged.
create table dispatch_attempts (
    id                uuid primary key,
    case_id           uuid not null references cases (id),
    appeal_id         uuid not null references appeals (id),
    appeal_reference  varchar(20) not null,
    authority_id      uuid,
    channel           varchar(12) not null check (channel in ('EMAIL', 'FAX', 'POST', 'WEB_FORM')),
    destination       varchar(320) not null,
    destination_name  varchar(300),
    destination_title varchar(300),
    destination_as_of date,
    status            varchar(10) not null check (status in ('PENDING', 'SENT', 'FAILED', 'BOUNCED')),
    message_id        varchar(250) not null unique,
    last_error        varchar(500),
    attempts          integer not null default 0,
    created_at        timestamptz not null,
    created_by        varchar(64) not null,
    in_flight_since   timestamptz,
    last_attempt_at   timestamptz,
    next_attempt_at   timestamptz,
    sent_at           timestamptz,
    version           bigint not null
);
-- An appeal goes to one destination on one channel once: dispatching it there again is refused.
create unique index dispatch_attempts_once on dispatch_attempts (appeal_id, channel, lower(destination));
create index dispatch_attempts_case on dispatch_attempts (case_id, appeal_id, created_at);
create index dispatch_attempts_pending on dispatch_attempts (next_attempt_at) where status = 'PENDING';
