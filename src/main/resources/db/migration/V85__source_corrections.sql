-- Sources can be corrected and deleted (issue 14): who changed a source last and when, for the
-- notice a stale edit shows, and a soft delete — the source leaves the case's lists but stays in the
-- history, which Envers keeps of these columns too.
alter table sources add column updated_at timestamptz, add column updated_by varchar(64),
    add column deleted_at timestamptz, add column deleted_by varchar(64);
alter table sources_aud add column updated_at timestamptz, add column updated_by varchar(64),
    add column deleted_at timestamptz, add column deleted_by varchar(64);
