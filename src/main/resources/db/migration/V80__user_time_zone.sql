-- Each user's own time zone for reading dates (Settings page); null: the organisation's
-- (vigil.time-zone). settings_version detects a change made meanwhile in another window.
alter table users add column time_zone varchar(64);
alter table users add column settings_version bigint not null default 0;
