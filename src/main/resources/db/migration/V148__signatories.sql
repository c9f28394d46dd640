-- Signatories: who signs an appeal, each approving the exact text they sign.

-- How a user signs letters: the name printed under the closing and their signing title. Set by
-- the user on their settings or by an administrator. notice_email, when given, is where Vigil
-- tells them that an approval of theirs was withdrawn (the appeal's reference only).
create table signing_profiles (
    user_id       uuid primary key references users (id),
    printed_name  varchar(200) not null,
    title         varchar(200) not null,
    notice_email  varchar(254),
    updated_at    timestamptz not null,
    updated_by    varchar(64) not null
);

-- The signatories of an appeal, in the order they sign.
create table appeal_signatories (
    appeal_id  uuid not null references appeals (id) on delete cascade,
    position   integer not null,
    user_id    uuid not null references users (id),
    primary key (appeal_id, position),
    unique (appeal_id, user_id)
);

-- One approval per signatory, with the SHA-256 of the text they approved (subject, asks, body,
-- addressee): an approval counts only while the appeal still says exactly that.
create table appeal_approvals (
    id           uuid primary key,
    appeal_id    uuid not null references appeals (id) on delete cascade,
    user_id      uuid not null references users (id),
    text_digest  varchar(64) not null,
    approved_at  timestamptz not null,
    unique (appeal_id, user_id)
);

-- What a signatory is told in Vigil: their approval was withdrawn because the text changed.
create table signatory_notices (
    id          uuid primary key,
    user_id     uuid not null references users (id),
    case_id     uuid not null,
    appeal_id   uuid not null references appeals (id) on delete cascade,
    created_at  timestamptz not null
);
create index signatory_notices_user on signatory_notices (user_id, created_at);
