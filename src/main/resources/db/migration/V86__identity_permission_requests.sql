-- Granting oneself the identity permission takes a second person (issue 14): one asks, giving a
-- reason; another reviewer of the owning team grants or declines. A request is kept after the
-- decision, with who decided and when; at most one request per person and case waits at a time.
create table identity_permission_requests (
    id            uuid primary key,
    case_id       uuid not null references cases (id) on delete cascade,
    user_id       uuid not null references users (id) on delete cascade,
    requester     varchar(64) not null,
    reason        text not null,
    requested_at  timestamptz not null,
    expires_at    timestamptz,
    decided_by    varchar(64),
    decided_at    timestamptz,
    outcome       varchar(10) check (outcome in ('GRANTED', 'DECLINED'))
);
create unique index identity_permission_requests_waiting on identity_permission_requests (case_id, user_id)
    where outcome is null;
