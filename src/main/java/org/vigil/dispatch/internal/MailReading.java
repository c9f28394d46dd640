package org.vigil.dispatch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import org.jsoup.Jsoup;

/**
 * Reads a received message defensively: whatever it holds — broken MIME, a charset nobody knows,
 * HTML with scripts, a huge attachment — Vigil keeps plain text and bounded bytes, and never fails
 * on it. A message that cannot be read as MIME at all is kept as its raw source, as text.
 */
final class MailReading {

	/** Text kept of one message (characters); the rest is cut with a note. */
	static final int MAX_TEXT = 200_000;

	/** Attachments kept of one message, and the largest kept. */
	static final int MAX_ATTACHMENTS = 20;

	static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

	/** At most this many parts are looked at, however deep a message nests them. */
	private static final int MAX_PARTS = 200;

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,900}>");

	private MailReading() {
	}

	static ReceivedMail read(Message message, byte[] rawSourceIfKnown) {
		try {
			Reading reading = new Reading();
			reading.walk(message, 0);
			String text = reading.text.length() > 0 ? reading.text.toString() : reading.html.length() > 0 ? reading.htmlAsText() : "";
			for (String note : reading.notes) {
				text = text + "\n\n[" + note + "]";
			}
			return new ReceivedMail(messageId(message, rawSourceIfKnown), answers(message), sender(message), senderAddress(message),
					clean(decoded(message.getSubject()), 998), sentAt(message), bounded(text), List.copyOf(reading.attachments), false);
		}
		catch (MessagingException | IOException | RuntimeException unreadable) {
			byte[] raw = rawSourceIfKnown != null ? rawSourceIfKnown : new byte[0];
			return new ReceivedMail(digestId(raw), List.of(), null, null, null, null, bounded(new String(raw, StandardCharsets.UTF_8)), List.of(), true);
		}
	}

	private static final class Reading {

		final StringBuilder text = new StringBuilder();

		final StringBuilder html = new StringBuilder();

		final List<ReceivedMail.Attachment> attachments = new ArrayList<>();

		final Set<String> notes = new LinkedHashSet<>();

		int parts;

		void walk(Part part, int depth) throws MessagingException, IOException {
			if (++parts > MAX_PARTS || depth > 20) {
				notes.add("More parts than Vigil reads; the rest were not kept");
				return;
			}
			String filename = safely(() -> part.getFileName());
			boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(safely(part::getDisposition)) || filename != null;
			if (part.isMimeType("multipart/*") && !attachment) {
				Object content = part.getContent();
				if (content instanceof Multipart multipart) {
					for (int i = 0; i < multipart.getCount(); i++) {
						BodyPart child = multipart.getBodyPart(i);
						walk(child, depth + 1);
					}
					return;
				}
			}
			if (!attachment && part.isMimeType("text/plain")) {
				text.append(text.length() > 0 ? "\n\n" : "").append(textOf(part));
			}
			else if (!attachment && part.isMimeType("text/html")) {
				html.append(textOf(part));
			}
			else {
				keep(part, filename);
			}
		}

		private void keep(Part part, String filename) throws MessagingException, IOException {
			String name = clean(decoded(filename), 255);
			if (name == null || name.isBlank()) {
				name = "attachment-" + (attachments.size() + 1);
			}
			if (attachments.size() >= MAX_ATTACHMENTS) {
				notes.add("More than " + MAX_ATTACHMENTS + " attachments; the rest were not kept");
				return;
			}
			byte[] content = bounded(part.getInputStream(), MAX_ATTACHMENT_BYTES);
			if (content == null) {
				notes.add("The attachment " + name + " is larger than " + (MAX_ATTACHMENT_BYTES / 1024 / 1024) + " MB and was not kept");
				return;
			}
			String type = safely(part::getContentType);
			type = type == null ? "application/octet-stream" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
			attachments.add(new ReceivedMail.Attachment(name, clean(type, 255), content));
		}

		String htmlAsText() {
			// The HTML is reduced to its text (script and style contents are not text): nothing of it is ever rendered.
			return Jsoup.parse(html.toString()).wholeText().strip();
		}

	}

	/** The text of a part, in its declared charset, or as UTF-8 with replacement characters when that charset is unknown. */
	private static String textOf(Part part) throws MessagingException, IOException {
		try {
			Object content = part.getContent();
			if (content instanceof String string) {
				return clean(string, MAX_TEXT);
			}
		}
		catch (IOException | RuntimeException unknownCharset) {
			// read the bytes below
		}
		byte[] bytes = bounded(part.getInputStream(), MAX_TEXT * 4);
		return clean(new String(bytes == null ? new byte[0] : bytes, StandardCharsets.UTF_8), MAX_TEXT);
	}

	/** The bytes of the stream, or {@code null} when there are more than {@code max}. */
	private static byte[] bounded(InputStream in, int max) throws IOException {
		try (in) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer)) != -1) {
				if (out.size() + read > max) {
					return null;
				}
				out.write(buffer, 0, read);
			}
			return out.toByteArray();
		}
	}

	private static String bounded(String text) {
		String clean = clean(text, Integer.MAX_VALUE);
		return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) + "\n\n[The rest of the message was not kept]" : clean;
	}

	/** Without control characters but tab and line breaks, cut at {@code max}. */
	static String clean(String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = text.replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
		return clean.length() > max ? clean.substring(0, max) : clean;
	}

	private static String decoded(String header) {
		if (header == null) {
			return null;
		}
		try {
			return MimeUtility.decodeText(header);
		}
		catch (java.io.UnsupportedEncodingException | RuntimeException unknownCharset) {
			return header;
		}
	}

	private static String sender(Message message) {
		Address[] from = safely(message::getFrom);
		if (from == null || from.length == 0) {
			return null;
		}
		if (from[0] instanceof InternetAddress address) {
			String personal = address.getPersonal();
			return clean(personal == null ? address.getAddress() : personal + " <" + address.getAddress() + ">", 500);
		}
		return clean(from[0].toString(), 500);
	}

	/**
	 * The address of {@code From} alone — not its display name, which anyone can write — in lower case;
	 * {@code null} when there is none, or it is not one address ({@code a@b}) of at most 320 characters.
	 */
	private static String senderAddress(Message message) {
		Address[] from = safely(message::getFrom);
		if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address) || address.getAddress() == null) {
			return null;
		}
		String bare = address.getAddress().strip().toLowerCase(Locale.ROOT);
		return bare.length() <= 320 && bare.matches("[^@\\s<>]+@[^@\\s<>]+") ? bare : null;
	}

	private static Instant sentAt(Message message) {
		java.util.Date sent = safely(message::getSentDate);
		return sent == null ? null : sent.toInstant();
	}

	private static String messageId(Message message, byte[] raw) throws MessagingException {
		String[] ids = message.getHeader("Message-ID");
		if (ids != null && ids.length > 0) {
			Matcher id = MESSAGE_ID.matcher(ids[0]);
			if (id.find()) {
				return id.group();
			}
		}
		return digestId(raw != null ? raw : (message.getSubject() + "|" + message.getSentDate()).getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> answers(Message message) throws MessagingException {
		Set<String> ids = new LinkedHashSet<>();
		for (String header : List.of("In-Reply-To", "References")) {
			String[] values = message.getHeader(header);
			if (values != null) {
				for (String value : values) {
					Matcher id = MESSAGE_ID.matcher(value);
					while (id.find() && ids.size() < 100) {
						ids.add(id.group());
					}
				}
			}
		}
		return List.copyOf(ids);
	}

	private static String digestId(byte[] raw) {
		try {
			return "<sha256-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)) + "@vigil.digest>";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private interface Reader<T> {

		T get() throws MessagingException;

	}

	/** A header that cannot be read counts as absent. */
	private static <T> T safely(Reader<T> reader) {
		try {
			return reader.get();
		}
		catch (MessagingException | RuntimeException unreadable) {
			return null;
		}
	}

}
