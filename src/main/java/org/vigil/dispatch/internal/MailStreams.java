package org.vigil.dispatch.internal;

import org.springframework.stereotype.Component;

/**
 * Names Jakarta Mail's stream provider once, so that it is not looked for again in every message.
 * Jakarta Mail 2.1 finds its {@code StreamProvider} anew for each body part, multipart, header block
 * and encoding ({@code StreamProvider.provider()}), through a {@code ServiceLoader} over the class
 * path — which in the packaged jar means walking its nested jars each time: a fifth of the server's
 * CPU a letter, and as much a reply read (JFR, issue 12; jakartaee/mail-api#861). Given the system
 * property it looks for, it loads the class named instead. Set only when nobody set it and Angus
 * Mail's provider is on the class path — the one the {@code ServiceLoader} finds.
 */
@Component
class MailStreams {

	static final String PROPERTY = "jakarta.mail.util.StreamProvider";

	static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

	MailStreams() {
		nameTheProvider();
	}

	static void nameTheProvider() {
		if (System.getProperty(PROPERTY) != null) {
			return;
		}
		try {
			Class.forName(ANGUS, false, MailStreams.class.getClassLoader());
			System.setProperty(PROPERTY, ANGUS);
		}
		catch (ClassNotFoundException | LinkageError absent) {
			// another provider then, found as Jakarta Mail finds it
		}
	}

}
