-- What may be said of a person in public (child, woman, asylum seeker, refugee, stateless, human
-- rights defender, journalist, returned before): not protected, kept in the history like the role.
-- Names of PersonCategory, comma-separated; '' for none.
alter table persons add column categories varchar(300) not null default '';
alter table persons_aud add column categories varchar(300);
