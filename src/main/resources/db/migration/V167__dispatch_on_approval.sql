-- Dispatch on approval: an advocacy officer chooses, before an appeal is approved, where it is to go
-- (the same destinations and channels as the dispatch page), and Vigil dispatches it there when
-- AppealApproved is heard, as that officer. carried_out_at is set in the transaction that creates the
-- delivery attempts, so that a repeated event finds the choice carried out and sends nothing twice;
-- refusal names the rule that stopped it (the officer left the team, a fax too long), for the page.
-- Destinations are authorities' official addresses (public), never a protected value.
create table dispatch_on_approval (
    appeal_id        uuid primary key references appeals (id),
    case_id          uuid not null references cases (id),
    confirm_long_fax boolean not null,
    chosen_by        varchar(64) not null,
    chosen_at        timestamptz not null,
    carried_out_at   timestamptz,
    refusal          varchar(40),
    version          bigint not null
);
create table dispatch_on_approval_choices (
    appeal_id         uuid not null references dispatch_on_approval (appeal_id) on delete cascade,
    position          integer not null,
    authority_id      uuid,
    channel           varchar(12) not null check (channel in ('EMAIL', 'FAX', 'POST', 'WEB_FORM')),
    destination       varchar(320),
    destination_name  varchar(300),
    destination_title varchar(300),
    primary key (appeal_id, position)
);
