-- What the directors' report counts, kept per appeal so that the page reads one narrow row per appeal
-- instead of aggregating every letter and reply on each request: when the appeal's first letter went
-- out, when its first reply came, and whether a reply came that was matched to no letter in particular
-- (logged by hand, attached from triage: it counts for every addressee). Per appeal and addressee
-- (the official or body written to, as the letters name them): whether a reply was matched to one of
-- the letters sent to them. Codes, dates and addressees only, never a person.
--
-- Kept by the triggers below, in the statement that sends a letter or attaches a reply, whichever
-- class makes it. Every change is a merge that can only move forward (an earlier first letter, an
-- earlier first reply, answered): sending and attaching are never undone, and merging forward needs
-- no lock that a concurrent letter of the same appeal would wait for, and gives the same rows whatever
-- the order in which two transactions commit.
-- Each row carries the revision of its last change, from one sequence: the report keeps its charts
-- while the highest revision stays the same.
create sequence dispatch_figures_revisions;

create table dispatch_appeal_figures (
    appeal_id      uuid primary key references appeals (id),
    case_id        uuid not null references cases (id),
    case_opened_at timestamptz not null,
    first_sent_at  timestamptz,
    first_reply_at timestamptz,
    replied_to_all boolean not null default false,
    revision       bigint not null default nextval('dispatch_figures_revisions')
);
create index dispatch_appeal_figures_revision on dispatch_appeal_figures (revision);

create table dispatch_addressee_figures (
    appeal_id uuid not null references dispatch_appeal_figures (appeal_id),
    addressee varchar(300) not null,
    answered  boolean not null default false,
    revision  bigint not null default nextval('dispatch_figures_revisions'),
    primary key (appeal_id, addressee)
);
create index dispatch_addressee_figures_revision on dispatch_addressee_figures (revision);

-- The impact chart counts attached replies by impact from this index alone.
create index dispatch_replies_impact on dispatch_replies (impact) where status = 'ATTACHED';

create function dispatch_figures_letters() returns trigger language plpgsql as $$
begin
    insert into dispatch_appeal_figures (appeal_id, case_id, case_opened_at, first_sent_at)
    select s.appeal_id, ap.case_id, c.created_at, s.first_sent
    from (select appeal_id, min(sent_at) as first_sent from new_attempts where sent_at is not null group by appeal_id) s
    join appeals ap on ap.id = s.appeal_id join cases c on c.id = ap.case_id
    on conflict (appeal_id) do nothing;
    update dispatch_appeal_figures f set first_sent_at = s.first_sent, revision = nextval('dispatch_figures_revisions')
    from (select appeal_id, min(sent_at) as first_sent from new_attempts where sent_at is not null group by appeal_id) s
    where f.appeal_id = s.appeal_id and (f.first_sent_at is null or f.first_sent_at > s.first_sent);
    insert into dispatch_addressee_figures (appeal_id, addressee)
    select distinct appeal_id, coalesce(destination_title, destination_name, channel) from new_attempts where sent_at is not null
    on conflict do nothing;
    return null;
end $$;

-- A trigger with a transition table answers one kind of statement: one for inserts, one for updates.
create trigger dispatch_figures_letters_inserted after insert on dispatch_attempts
    referencing new table as new_attempts for each statement execute function dispatch_figures_letters();
create trigger dispatch_figures_letters_updated after update on dispatch_attempts
    referencing new table as new_attempts for each statement execute function dispatch_figures_letters();

create function dispatch_figures_replies() returns trigger language plpgsql as $$
begin
    insert into dispatch_appeal_figures (appeal_id, case_id, case_opened_at)
    select distinct r.appeal_id, ap.case_id, c.created_at
    from new_replies r join appeals ap on ap.id = r.appeal_id join cases c on c.id = ap.case_id
    where r.status = 'ATTACHED'
    on conflict (appeal_id) do nothing;
    update dispatch_appeal_figures f set first_reply_at = least(f.first_reply_at, r.first_reply),
        replied_to_all = f.replied_to_all or r.to_all, revision = nextval('dispatch_figures_revisions')
    from (select appeal_id, min(received_at) as first_reply, bool_or(attempt_id is null) as to_all from new_replies
          where status = 'ATTACHED' group by appeal_id) r
    where f.appeal_id = r.appeal_id
      and (f.first_reply_at is null or f.first_reply_at > r.first_reply or (r.to_all and not f.replied_to_all));
    update dispatch_addressee_figures f set answered = true, revision = nextval('dispatch_figures_revisions')
    from new_replies r join dispatch_attempts a on a.id = r.attempt_id
    where r.status = 'ATTACHED' and a.sent_at is not null and f.appeal_id = a.appeal_id
      and f.addressee = coalesce(a.destination_title, a.destination_name, a.channel) and not f.answered;
    return null;
end $$;

create trigger dispatch_figures_replies_inserted after insert on dispatch_replies
    referencing new table as new_replies for each statement execute function dispatch_figures_replies();
create trigger dispatch_figures_replies_updated after update on dispatch_replies
    referencing new table as new_replies for each statement execute function dispatch_figures_replies();

-- The appeals sent and answered so far.
insert into dispatch_appeal_figures (appeal_id, case_id, case_opened_at, first_sent_at, first_reply_at, replied_to_all)
select ap.id, ap.case_id, c.created_at, s.first_sent, r.first_reply, coalesce(r.to_all, false)
from appeals ap join cases c on c.id = ap.case_id
left join (select appeal_id, min(sent_at) as first_sent from dispatch_attempts where sent_at is not null group by appeal_id) s
    on s.appeal_id = ap.id
left join (select appeal_id, min(received_at) as first_reply, bool_or(attempt_id is null) as to_all from dispatch_replies
           where status = 'ATTACHED' group by appeal_id) r on r.appeal_id = ap.id
where s.appeal_id is not null or r.appeal_id is not null;

insert into dispatch_addressee_figures (appeal_id, addressee, answered)
select a.appeal_id, coalesce(a.destination_title, a.destination_name, a.channel), bool_or(m.attempt_id is not null)
from dispatch_attempts a
left join (select distinct attempt_id from dispatch_replies where status = 'ATTACHED' and attempt_id is not null) m on m.attempt_id = a.id
where a.sent_at is not null
group by 1, 2;
