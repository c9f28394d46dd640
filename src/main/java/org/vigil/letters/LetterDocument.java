package org.vigil.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content of one letter, ready to render: everything the page shows, already in the letter's
 * language except the fixed phrases ("Re:", "Yours sincerely", headings), which the template of the
 * letter's kind and language supplies. Appeals assemble it from a case's facts; Letters neither
 * stores it nor looks anything up.
 *
 * <p>Protected values are the caller's business: whatever is in here ends up on paper. Signature
 * images are bytes the caller has decrypted for this one rendering.
 *
 * @param kind which template renders it
 * @param language {@code en}, {@code ko} or {@code zh}; another language gets the English fixed phrases
 * @param letterhead the sending organisation
 * @param partners partner organisations of a joint letter, in the order their logos appear; may be empty
 * @param date the letter's date, written out in the letter's language
 * @param reference e.g. {@code CN 1/2026 – UA 1}; printed on every page
 * @param addressee the addressee block, one line each (name, title, body, address)
 * @param copies the copies (cc), one line each; may be empty
 * @param salutation e.g. {@code Dear President Xi}; the template's own frame when blank
 * @param subject the subject line, after the template's "Re:"
 * @param sections the body, in order (request first, then facts, urgency, risks, legal argument, asks, closing)
 * @param signatories who signs, in order
 */
public record LetterDocument(LetterKind kind, String language, Letterhead letterhead, List<Organisation> partners,
		LocalDate date, String reference, List<String> addressee, List<String> copies, String salutation, String subject,
		List<Section> sections, List<Signatory> signatories) {

	public LetterDocument {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(letterhead, "letterhead");
		Objects.requireNonNull(date, "date");
		language = language == null || language.isBlank() ? "en" : language;
		reference = Objects.requireNonNullElse(reference, "");
		partners = List.copyOf(Objects.requireNonNullElse(partners, List.of()));
		addressee = List.copyOf(Objects.requireNonNullElse(addressee, List.of()));
		copies = List.copyOf(Objects.requireNonNullElse(copies, List.of()));
		salutation = Objects.requireNonNullElse(salutation, "");
		subject = Objects.requireNonNullElse(subject, "");
		sections = List.copyOf(Objects.requireNonNullElse(sections, List.of()));
		signatories = List.copyOf(Objects.requireNonNullElse(signatories, List.of()));
	}

	/**
	 * The organisation that writes, as its letterhead shows it.
	 *
	 * @param name e.g. {@code Vigil Human Rights Watch}
	 * @param description one line under the name, e.g. what the organisation is; may be blank
	 * @param address postal address lines
	 * @param logo a PNG or JPEG image, or {@code null}
	 */
	public record Letterhead(String name, String description, List<String> address, Image logo) {

		public Letterhead {
			name = Objects.requireNonNullElse(name, "");
			description = Objects.requireNonNullElse(description, "");
			address = List.copyOf(Objects.requireNonNullElse(address, List.of()));
		}

	}

	/** A partner organisation of a joint letter; {@code logo} may be {@code null}. */
	public record Organisation(String name, Image logo) {

		public Organisation {
			name = Objects.requireNonNullElse(name, "");
		}

	}

	/**
	 * An image the letter shows (a logo, a signature), as bytes.
	 *
	 * @param mediaType {@code image/png} or {@code image/jpeg}
	 * @param bytes the image; never stored by Letters
	 */
	public record Image(String mediaType, byte[] bytes) {

		public Image {
			if (!"image/png".equals(mediaType) && !"image/jpeg".equals(mediaType)) {
				throw new IllegalArgumentException("image must be image/png or image/jpeg");
			}
			bytes = bytes.clone();
		}

		/** The image as a {@code data:} URI, the only way a letter template can show an image. */
		public String dataUri() {
			return "data:" + mediaType + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
		}

	}

	/**
	 * One part of the body. The template gives each kind its heading in the letter's language.
	 *
	 * @param kind what the part says
	 * @param paragraphs its paragraphs, in order
	 * @param items a list after the paragraphs (the asks), or empty
	 * @param citations the sources the part relies on (e.g. {@code CAT/C/CHN/CO/5, paras 46–47}), or empty
	 */
	public record Section(SectionKind kind, List<String> paragraphs, List<String> items, List<String> citations) {

		public Section {
			Objects.requireNonNull(kind, "kind");
			paragraphs = List.copyOf(Objects.requireNonNullElse(paragraphs, List.of()));
			items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
			citations = List.copyOf(Objects.requireNonNullElse(citations, List.of()));
		}

		/** A part with paragraphs only. */
		public static Section of(SectionKind kind, String... paragraphs) {
			return new Section(kind, List.of(paragraphs), List.of(), List.of());
		}

	}

	/** The parts of a letter's body, in the order they usually come. */
	public enum SectionKind {
		REQUEST, FACTS, URGENCY, RISKS, LEGAL_ARGUMENT, ASKS, CLOSING;

		/** The key under which a template finds the section's heading: {@code request}, {@code legalArgument}… */
		public String key() {
			String lower = name().toLowerCase(java.util.Locale.ROOT);
			int underscore = lower.indexOf('_');
			return underscore < 0 ? lower
					: lower.substring(0, underscore) + Character.toUpperCase(lower.charAt(underscore + 1))
							+ lower.substring(underscore + 2);
		}
	}

	/**
	 * A person who signs.
	 *
	 * @param name as it is printed
	 * @param title e.g. {@code Asia Director}
	 * @param organisation the organisation they sign for (a partner's, in a joint letter)
	 * @param signature their signature image, decrypted by the caller for this rendering, or {@code null}
	 */
	public record Signatory(String name, String title, String organisation, Image signature) {

		public Signatory {
			name = Objects.requireNonNullElse(name, "");
			title = Objects.requireNonNullElse(title, "");
			organisation = Objects.requireNonNullElse(organisation, "");
		}

	}

}
