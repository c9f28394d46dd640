-- A revision on each risk profile, moved on by every change to the profile or to one of its claims,
-- so that a profile read once can be kept until it changes (drafting reads it for every letter).
-- The profile's row is updated for a change of a claim too: its lock puts the changes of one
-- profile one after the other, so the revisions commit in the order they were taken, and a value
-- taken by a change rolled back is never seen again (it comes from a sequence).
create sequence law_risk_profile_revisions;

alter table law_risk_profiles add column revision bigint not null default nextval('law_risk_profile_revisions');

create function law_risk_profile_revised() returns trigger language plpgsql as $$
begin
    if current_setting('vigil.restoring', true) = 'on' then -- a restore loads the archive's own revisions
        return new;
    end if;
    new.revision := nextval('law_risk_profile_revisions');
    return new;
end $$;

create trigger law_risk_profile_revised before update on law_risk_profiles
    for each row execute function law_risk_profile_revised();

create function law_risk_claim_revised() returns trigger language plpgsql as $$
begin
    if current_setting('vigil.restoring', true) = 'on' then -- a restore loads the archive's own revisions
        return null;
    end if;
    if tg_op <> 'INSERT' then
        update law_risk_profiles set revision = nextval('law_risk_profile_revisions') where country = old.country;
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.country <> old.country) then
        update law_risk_profiles set revision = nextval('law_risk_profile_revisions') where country = new.country;
    end if;
    return null;
end $$;

create trigger law_risk_claim_revised after insert or update or delete on law_risk_claims
    for each row execute function law_risk_claim_revised();
