-- A reply that names no letter's thread nor an appeal's reference is matched by its sender when letters
-- of exactly one appeal went to its From address by email: matched_by SENDER, a weaker match than
-- THREAD or REFERENCE, which the appeal's page shows as such. Intake looks up the senders of a whole
-- group of messages at once, by the address in lower case, among the emails sent.
alter table dispatch_replies drop constraint dispatch_replies_matched_by_check;
alter table dispatch_replies add constraint dispatch_replies_matched_by_check
    check (matched_by in ('THREAD', 'REFERENCE', 'SENDER', 'OFFICER', 'LOGGED'));

create index dispatch_attempts_sent_email on dispatch_attempts (lower(destination))
    where channel = 'EMAIL' and status in ('SENT', 'DELIVERED');
