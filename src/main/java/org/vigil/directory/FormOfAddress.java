package org.vigil.directory;

/**
 * How a letter in one language addresses the authority.
 *
 * @param language ISO 639-1 code of the letter's language, e.g. {@code en}, {@code ko}, {@code zh}
 * @param salutation the letter's opening, e.g. "Your Excellency," / "尊敬的习近平主席阁下：" / "존경하는 시진핑 주석 각하"
 * @param addressLine the first line of the addressee block in that language (e.g. "H.E. Mr Xi Jinping"), or {@code null}
 */
public record FormOfAddress(String language, String salutation, String addressLine) {
}
