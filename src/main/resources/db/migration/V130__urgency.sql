-- ------------------------------------------------------------ urgency: assessments
-- One row per case: its latest assessment, stored so that the watch list reads it without working
-- it out again. Reasons and the next step are message keys with their arguments (JSON), written
-- in the reader's language when shown. No protected value is stored here: place names of custody
-- and transfers are case data, and persons appear by public label only, if at all.
create table urgency_assessments (
    case_id         uuid primary key,
    team_id         uuid        not null,
    reference       varchar(20) not null,
    case_status     varchar(20) not null,
    level           varchar(16) not null check (level in ('IMMINENT', 'HIGH', 'WATCH', 'DORMANT')),
    level_rank      smallint    not null,
    reasons         text        not null,
    next_step       text        not null,
    -- the latest thing done or learnt on the case: news of its whereabouts, an appeal sent, its opening
    last_action_at  timestamptz not null,
    level_since     timestamptz not null,
    -- null until first assessed (cases that existed before urgency arrived, below)
    assessed_at     timestamptz
);
-- The watch list: a team's open cases, most urgent first, then those left longest without action.
create index urgency_watch_list on urgency_assessments (team_id, level_rank, last_action_at, case_id) where case_status = 'OPEN';

-- The cases that exist when urgency arrives are assessed once the server has started; until then
-- they wait here at "watch" with no reasons.
insert into urgency_assessments (case_id, team_id, reference, case_status, level, level_rank, reasons, next_step,
                                 last_action_at, level_since, assessed_at)
select id, team_id, reference, status, 'WATCH', 2, '[]', '{"key":"urgency.next.keepWatching","args":[]}', updated_at, now(), null
from cases;

-- ------------------------------------------------------------ urgency: alerts
-- An alert is raised when a case becomes imminent; its team acknowledges it. One left
-- unacknowledged past the escalation time goes on to the team's reviewers.
create table urgency_alerts (
    id               uuid primary key,
    case_id          uuid        not null,
    team_id          uuid        not null,
    reference        varchar(20) not null,
    level            varchar(16) not null,
    raised_at        timestamptz not null,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(64),
    escalated_at     timestamptz,
    version          bigint      not null default 0
);
create index urgency_alerts_open on urgency_alerts (team_id, raised_at) where acknowledged_at is null;
create index urgency_alerts_case on urgency_alerts (case_id) where acknowledged_at is null;

-- ------------------------------------------------------------ urgency: settings
-- The thresholds and lists of the rules, one row, changed by administrators (audited, versioned).
create table urgency_settings (
    id                      smallint primary key check (id = 1),
    border_km               integer     not null,
    transfer_window_days    integer     not null,
    silence_days            integer     not null,
    dormant_days            integer     not null,
    stale_report_days       integer     not null,
    escalate_after_minutes  integer     not null,
    -- one "FROM TO" pair of ISO 3166-1 alpha-2 codes per line: FROM returns people onward to TO
    onward_returns          text        not null,
    -- one custodian per line, as reports name them
    handover_custodians     text        not null,
    version                 bigint      not null default 0,
    changed_at              timestamptz,
    changed_by              varchar(64)
);
insert into urgency_settings (id, border_km, transfer_window_days, silence_days, dormant_days, stale_report_days,
                              escalate_after_minutes, onward_returns, handover_custodians)
values (1, 50, 7, 7, 90, 30, 60, E'CN KP\nLA CN\nVN CN', '');

-- Where each team's alert emails go: the team's own mailbox, and its reviewers' for escalations.
create table urgency_team_mail (
    team_id           uuid primary key,
    alert_address     varchar(254),
    reviewer_address  varchar(254),
    version           bigint      not null default 0,
    changed_at        timestamptz not null,
    changed_by        varchar(64) not null
);
