-- A record's trail ("who viewed and changed this case") is read by record, newest first.
create index audit_entries_record on audit_entries (record_type, record_id, id desc);
