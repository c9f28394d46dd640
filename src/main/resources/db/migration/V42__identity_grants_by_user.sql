-- Signing in asks whether a user holds the identity permission on any case (then a passkey is
-- required): look the grants up by user.
create index identity_grants_by_user on identity_grants (user_id);
