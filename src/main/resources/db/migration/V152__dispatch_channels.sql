-- Dispatch by fax, post and web form. A fax goes through an email-to-fax gateway and its report
-- (arriving by email) makes it DELIVERED or FAILED; a bounce makes an email BOUNCED. A letter posted
-- or pasted into a web form by an officer is marked sent by hand: who did it, and the receipt (the
-- web form's confirmation number, a registered-post number). The receipt is an authority's or the
-- post's reference, never a protected value.
alter table dispatch_attempts drop constraint dispatch_attempts_status_check;
alter table dispatch_attempts add constraint dispatch_attempts_status_check
    check (status in ('PENDING', 'SENT', 'DELIVERED', 'FAILED', 'BOUNCED'));
alter table dispatch_attempts add column receipt varchar(200);
alter table dispatch_attempts add column sent_by varchar(64);
alter table dispatch_attempts add column reported_at timestamptz;
