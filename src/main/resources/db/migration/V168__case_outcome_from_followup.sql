-- Until the case's outcome became one value (the field of the case's own form, which follow-up sets
-- when an officer records what an appeal achieved), follow-up kept the outcomes it recorded to itself.
-- A case whose form records no outcome takes the one last recorded at follow-up, so that the case page,
-- urgency and the directors' report read what the officers recorded. A case whose form has an outcome
-- keeps it: that field is the one its researchers saw and may have set later. Codes only, no person.
-- Follow-up's own table (V156) is older than this; the check below keeps the migration harmless on a
-- database where follow-up's table was never created.
do $$
begin
    if to_regclass('followup_outcomes') is not null then
        update cases c
        set outcome = latest.case_outcome, version = c.version + 1, updated_at = now(), updated_by = 'vigil:migration'
        from (select distinct on (case_id) case_id, case_outcome from followup_outcomes order by case_id, recorded_at desc) latest
        where c.id = latest.case_id and c.outcome is null;
    end if;
end
$$;
