-- The PDF of an approved appeal's letter, kept once rendered: rendering takes far longer than reading
-- (hundreds of milliseconds, seconds under load), and an approved letter's text no longer changes.
-- It is kept with the fingerprint of everything it was made from (template, text, signatories and
-- their signature images, partners' logos, letterhead), and rendered again when that changes. The
-- PDF holds the letter's protected text, so it is sealed with the case's data key like the text
-- itself: purging the case makes it unreadable with the rest.
create table appeal_letter_pdfs (
    appeal_id    uuid primary key references appeals (id) on delete cascade,
    fingerprint  varchar(64) not null,
    sealed_pdf   bytea not null,
    rendered_at  timestamptz not null
);
