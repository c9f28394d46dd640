-- Passkeys (WebAuthn), in the tables of Spring Security's JDBC repositories, with their DDL as
-- shipped in spring-security-web (user-entities-schema.sql, user-credentials-schema-postgres.sql).
-- A user entity's name is the Vigil user name; its id is a random WebAuthn user handle.

create table user_entities
(
    id           varchar(1000) not null,
    name         varchar(100)  not null,
    display_name varchar(200),
    primary key (id)
);

create table user_credentials
(
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);

create unique index user_entities_name on user_entities (name);
create index user_credentials_user on user_credentials (user_entity_user_id);
