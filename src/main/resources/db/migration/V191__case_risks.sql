-- The risks the people of a case face if returned (torture, the death penalty, ...), which the
-- obligations engine reads: their names, comma-separated (RisksConverter), null for none. Not
-- protected, like the case's countries; the audit table keeps them with each revision.
alter table cases add column risks varchar(200);
alter table cases_aud add column risks varchar(200);
