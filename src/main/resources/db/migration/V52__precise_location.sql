-- Where a person not in custody is now (a hiding place, an address): protected like the identity,
-- sealed with the person's own data key.
alter table persons add column precise_location text;
alter table persons_aud add column precise_location text;
