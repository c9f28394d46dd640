package org.vigil.dispatch.internal;

import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether an address given for a channel is one of that channel's. */
final class Addresses {

	private static final Pattern FAX_NUMBER = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,29}");

	private static final Pattern WEB_FORM = Pattern.compile("https://[^\\s/]+\\.[^\\s]{1,300}");

	private Addresses() {
	}

	/**
	 * An email address (one, without a display name); a fax number in international or local form; the
	 * https address of a web form; for post, the envelope's lines.
	 */
	static boolean fits(Channel channel, String address) {
		return switch (channel) {
			case EMAIL -> isEmail(address);
			case FAX -> FAX_NUMBER.matcher(address).matches();
			case WEB_FORM -> WEB_FORM.matcher(address).matches();
			case POST -> !address.isBlank();
		};
	}

	private static boolean isEmail(String address) {
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			return parsed.getPersonal() == null && address.equals(parsed.getAddress()) && address.contains("@");
		}
		catch (AddressException notAnAddress) {
			return false;
		}
	}

}
