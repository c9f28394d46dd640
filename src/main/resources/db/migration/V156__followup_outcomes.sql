-- What became of an appeal (its status after HURIDOCS MT45) and of the people of its case (the case's
-- outcome), recorded at follow-up by an advocacy officer or reviewer. One row per appeal, changed
-- with its version; codes only, never a person.
create table followup_outcomes (
    appeal_id     uuid primary key references appeals (id),
    case_id       uuid not null references cases (id),
    appeal_status varchar(20) not null check (appeal_status in ('NO_RESPONSE', 'ACKNOWLEDGED', 'RESPONSE_RECEIVED', 'ACTION_TAKEN', 'CLOSED')),
    case_outcome  varchar(20) not null,
    recorded_at   timestamptz not null,
    recorded_by   varchar(64) not null,
    version       bigint not null
);
create index followup_outcomes_case on followup_outcomes (case_id, recorded_at);
