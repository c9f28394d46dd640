-- The public site's revision: one number, moved by every statement that changes the site's items, so
-- that each Vigil node on this database can tell that the site changed though the change was made by
-- another node, and give up the pages it keeps (RenderedPages) and the listings' entity tags. One
-- move per statement, not per row: a migration rewriting every item moves it once.
create table public_site_revision (
    id       smallint primary key check (id = 1),
    revision bigint not null
);
insert into public_site_revision (id, revision) values (1, 0);

create function public_site_revision_moved() returns trigger language plpgsql as $$
begin
    if current_setting('vigil.restoring', true) = 'on' then -- a restore loads the archive's own revision
        return null;
    end if;
    update public_site_revision set revision = revision + 1 where id = 1;
    return null;
end
$$;

create trigger public_items_move_site_revision after insert or update or delete or truncate on public_items
    for each statement execute function public_site_revision_moved();
