/**
 * Letters: turns the content of a letter into a document. It owns the letter templates (one per kind
 * and language, shipped as resources and edited by administrators, the edited one kept in the
 * database), the restricted engine that renders them — a template reaches the letter's content and
 * nothing else, no application bean, no Java type — and the rendering of one template to the
 * on-screen HTML preview and to PDF (PDF/A-2b, embedded Noto Sans fonts for Latin, Korean and Chinese
 * text, page numbers and the reference on every page), with the fax cover sheet, the cover letter in front of a posted letter, the address label
 * and the print batch. It publishes {@link org.vigil.letters.LetterDocument} (the content, which
 * appeals assemble from a case's facts), {@link org.vigil.letters.LetterRenderer} and
 * {@link org.vigil.letters.Letterheads} (the organisation's own letterhead, from the
 * {@code vigil.organisation.*} settings). It stores no letter and no signature image: callers hand
 * the content in and keep what comes out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Letters")
package org.vigil.letters;
