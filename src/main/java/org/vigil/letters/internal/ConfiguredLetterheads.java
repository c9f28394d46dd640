package org.vigil.letters.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vigil.letters.LetterDocument.Image;
import org.vigil.letters.LetterDocument.Letterhead;
import org.vigil.letters.Letterheads;

/** The letterhead from the {@code vigil.organisation.*} settings, its logo read once at start. */
final class ConfiguredLetterheads implements Letterheads {

	private final Letterhead own;

	ConfiguredLetterheads(OrganisationProperties organisation) {
		own = new Letterhead(organisation.name(), organisation.description(), organisation.address(), logo(organisation.logo()));
	}

	@Override
	public Letterhead own() {
		return own;
	}

	private static Image logo(String file) {
		if (file == null || file.isBlank()) {
			return null;
		}
		String lower = file.toLowerCase(java.util.Locale.ROOT);
		String type = lower.endsWith(".png") ? "image/png" : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : null;
		if (type == null) {
			throw new IllegalStateException("vigil.organisation.logo must be a .png or .jpg file: " + file);
		}
		try {
			return new Image(type, Files.readAllBytes(Path.of(file)));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("vigil.organisation.logo cannot be read: " + file, unreadable);
		}
	}

}
