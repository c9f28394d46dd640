-- Spring Modulith's event publication registry (spring-modulith-events-jpa 2.0.3): one row per
-- event and listener, kept until the listener completes, so that a failed listener is retried
-- rather than forgotten. Columns as the JPA entity JpaEventPublication maps them (its table
-- EVENT_PUBLICATION); the archive table is the entity ArchivedJpaEventPublication's, used only with
-- spring.modulith.events.completion-mode=archive, but Hibernate validates both. The serialized event
-- (JSON) may be long, hence text.
create table event_publication (
    id                     uuid                     not null primary key,
    publication_date       timestamp with time zone not null,
    listener_id            text                     not null,
    serialized_event       text                     not null,
    event_type             text                     not null,
    completion_date        timestamp with time zone,
    last_resubmission_date timestamp with time zone,
    completion_attempts    integer                  not null default 0,
    status                 varchar(32)
);

-- Incomplete publications are what the registry looks up (on restart, for resubmission, for the
-- page); completed ones are deleted by age.
create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;
create index event_publication_completed on event_publication (completion_date) where completion_date is not null;

create table event_publication_archive (like event_publication including all);
