-- Follow-up letters from tasks: a due follow-up task records the follow-up appeal drafted from it, so
-- that the task shows the draft and is closed (closed_reason FOLLOWED_UP) when that appeal is dispatched.
-- One draft per task: a second officer drafting at the same moment is refused, not given a second draft.
alter table followup_tasks add column follow_up_appeal_id uuid references appeals (id);
create index followup_tasks_follow_up on followup_tasks (follow_up_appeal_id) where follow_up_appeal_id is not null;
