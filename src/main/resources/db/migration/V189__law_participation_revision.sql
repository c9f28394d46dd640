-- A number that moves with every change to state participation, whichever node makes it: each node
-- keeps the participation table in memory for the obligations engine and reads this row (at most once
-- a second, and right after its own change) to know when to read the table again.
create table law_participation_revision (
    only_row boolean primary key default true check (only_row),
    revision bigint not null
);
insert into law_participation_revision (revision) values (0);

create function law_participation_moved() returns trigger language plpgsql as $$
begin
    if current_setting('vigil.restoring', true) = 'on' then -- a restore loads the archive's own revisions
        return null;
    end if;
    update law_participation_revision set revision = revision + 1;
    return null;
end
$$;

create trigger law_participation_moved after insert or update or delete or truncate on law_participation
    for each statement execute function law_participation_moved();
