package org.vigil.vault.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.platform.SecretFiles;
import org.vigil.platform.VigilProperties;

/**
 * The cases shredded on this installation, listed in {@code <vigil.home>/keys/shredded-cases.txt},
 * outside the database. A database backup taken before a shred
 * still holds the case's wrapped key; this register is what keeps such a case unreadable after
 * the backup is restored, so a restore must keep the live file rather than bring back an old one.
 * Case ids only: the file holds nothing secret.
 */
@Component
class ShredRegister {

	private final Path file;

	private final Set<UUID> shredded = new LinkedHashSet<>();

	ShredRegister(VigilProperties vigil) {
		this.file = vigil.home().resolve("keys").resolve("shredded-cases.txt");
		if (Files.exists(file)) {
			SecretFiles.read(file).lines().filter(line -> !line.isBlank()).map(UUID::fromString).forEach(shredded::add);
		}
	}

	synchronized boolean contains(UUID caseId) {
		return shredded.contains(caseId);
	}

	synchronized void add(UUID caseId) {
		if (shredded.add(caseId)) {
			StringBuilder content = new StringBuilder();
			shredded.forEach(id -> content.append(id).append('\n'));
			SecretFiles.writeOwnerOnly(file, content.toString());
		}
	}

	synchronized Set<UUID> all() {
		return Set.copyOf(shredded);
	}

}
