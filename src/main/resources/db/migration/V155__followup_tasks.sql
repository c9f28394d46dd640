-- Follow-up: the tasks an appeal's dispatch sets due (follow up when no reply came, decide on
-- publication when the confidential window ends). A task is SCHEDULED until its day comes, then
-- OPEN on the watch list of its team (or of its assignee) until someone marks it DONE, or Vigil
-- CLOSES it (a reply came, the danger ended). It names the case by id and reference only.
create table followup_tasks (
    id            uuid primary key,
    case_id       uuid not null references cases (id),
    appeal_id     uuid not null references appeals (id),
    team_id       uuid not null references teams (id),
    case_reference varchar(20) not null,
    kind          varchar(24) not null check (kind in ('FOLLOW_UP', 'PUBLICATION_DECISION')),
    status        varchar(10) not null check (status in ('SCHEDULED', 'OPEN', 'DONE', 'CLOSED')),
    sent_at       timestamptz not null,
    due_at        timestamptz not null,
    snoozed_until timestamptz,
    assignee      varchar(64),
    reminded_at   timestamptz,
    closed_at     timestamptz,
    closed_by     varchar(64),
    closed_reason varchar(40),
    created_at    timestamptz not null,
    version       bigint not null
);
-- One task of each kind per appeal: a second letter of the same appeal sets nothing due again.
create unique index followup_tasks_once on followup_tasks (appeal_id, kind);
create index followup_tasks_due on followup_tasks (due_at) where status = 'SCHEDULED';
create index followup_tasks_open on followup_tasks (team_id, due_at) where status = 'OPEN';
