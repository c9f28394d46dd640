-- The impact of a response (after HURIDOCS MT44, impact of the intervention), set by the officer who
-- logs the reply or attaches it from triage; empty for replies matched by the mailbox until then.
alter table dispatch_replies add column impact varchar(20) check (impact in ('POSITIVE', 'NO_IMPACT', 'NEGATIVE', 'UNKNOWN'));
