-- Appeals: an intervention about a case, drafted, reviewed and approved by a second person.
-- Subject, asks, body and the reviewer's return comment are sealed with the case's data key
-- (org.vigil.vault.FieldCipher: "v1:" + base64url), so purging the case makes them unreadable.
create table appeals (
    id              uuid primary key,
    case_id         uuid not null references cases (id),
    status          varchar(20) not null check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED')),
    addressee       varchar(500) not null,
    language        varchar(35) not null,
    subject         text not null,
    asks            text,
    body            text,
    return_comment  text,
    created_at      timestamptz not null,
    created_by      varchar(64) not null,
    updated_at      timestamptz not null,
    updated_by      varchar(64) not null,
    last_edited_at  timestamptz not null,
    last_edited_by  varchar(64) not null,
    submitted_at    timestamptz,
    submitted_by    varchar(64),
    returned_at     timestamptz,
    returned_by     varchar(64),
    approved_at     timestamptz,
    approved_by     varchar(64),
    version         bigint not null
);
create index appeals_case on appeals (case_id, created_at);

-- Everyone who drafted, edited or submitted an appeal: none of them may approve it.
create table appeal_contributors (
    appeal_id  uuid not null references appeals (id) on delete cascade,
    user_id    uuid not null references users (id),
    primary key (appeal_id, user_id)
);
