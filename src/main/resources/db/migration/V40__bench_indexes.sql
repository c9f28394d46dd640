-- Indexes found by the benchmark harness (docs/benchmarks.md, "Case list").
-- A team's case list filtered by status or priority, newest change first: the page is read in
-- index order (no sort of every visible case), and its count touches only the matching entries.
create index cases_team_status_updated on cases (team_id, status, updated_at desc);
create index cases_team_priority_updated on cases (team_id, priority, updated_at desc);
