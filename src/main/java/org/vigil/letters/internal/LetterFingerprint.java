package org.vigil.letters.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.vigil.letters.LetterDocument;
import org.vigil.letters.LetterDocument.Image;

/**
 * The SHA-256 of everything a letter's PDF is made from: the template in use, the build's shipped
 * parts (fragments, stylesheet, fonts), and every field of the content, images included. Each value
 * is written with its length first, so that no two different letters run together into the same
 * bytes ("ab" + "c" and "a" + "bc" differ).
 */
final class LetterFingerprint {

	private final MessageDigest digest;

	private LetterFingerprint() {
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
		}
	}

	/**
	 * @param template the text of the template the letter is rendered with
	 * @param build what the build ships that every rendering uses (e.g. the digest of the fragments and stylesheet)
	 */
	static String of(String template, String build, LetterDocument letter) {
		LetterFingerprint f = new LetterFingerprint();
		f.text(build).text(template).text(letter.kind().name()).text(letter.language());
		LetterDocument.Letterhead head = letter.letterhead();
		f.text(head.name()).text(head.description()).texts(head.address()).image(head.logo());
		f.count(letter.partners().size());
		letter.partners().forEach(partner -> f.text(partner.name()).image(partner.logo()));
		f.text(letter.date().toString()).text(letter.reference()).texts(letter.addressee()).texts(letter.copies())
			.text(letter.salutation()).text(letter.subject());
		f.count(letter.sections().size());
		letter.sections().forEach(s -> f.text(s.kind().name()).texts(s.paragraphs()).texts(s.items()).texts(s.citations()));
		f.count(letter.signatories().size());
		letter.signatories().forEach(s -> f.text(s.name()).text(s.title()).text(s.organisation()).image(s.signature()));
		return HexFormat.of().formatHex(f.digest.digest());
	}

	/** The SHA-256 of the files a build renders every letter with (fragments, stylesheet, fonts), as one part. */
	static String ofBuild(List<byte[]> files) {
		LetterFingerprint f = new LetterFingerprint();
		f.count(files.size());
		files.forEach(f::bytes);
		return HexFormat.of().formatHex(f.digest.digest());
	}

	private LetterFingerprint text(String value) {
		return bytes(value.getBytes(StandardCharsets.UTF_8));
	}

	private LetterFingerprint texts(List<String> values) {
		count(values.size());
		values.forEach(this::text);
		return this;
	}

	private LetterFingerprint image(Image image) {
		if (image == null) {
			return count(-1);
		}
		return text(image.mediaType()).bytes(image.bytes());
	}

	private LetterFingerprint bytes(byte[] value) {
		count(value.length);
		digest.update(value);
		return this;
	}

	private LetterFingerprint count(int n) {
		digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(n).array());
		return this;
	}

}
