-- Bulk exports of protected data need two people: one asks, another reviewer of the team approves.
-- The file itself is made only at download, encrypted under the requester's passphrase.
create table export_requests (
    id            uuid primary key,
    team_id       uuid not null references teams (id),
    requested_by  uuid not null references users (id),
    requester     varchar(64) not null,
    reason        text not null,
    requested_at  timestamptz not null,
    approved_by   varchar(64),
    approved_at   timestamptz,
    downloaded_at timestamptz
);
