package org.vigil.backup.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vigil.platform.SecretFiles;
import org.vigil.platform.VigilProperties;

/**
 * The key that encrypts backup archives: a Tink streaming AEAD keyset (AES-256-GCM-HKDF, 1 MB
 * segments) of its own in {@code <vigil.home>/keys/backup-key.json}, created by the first backup.
 * It is separate from the master key so that rotating the master key never makes old archives
 * unreadable. Like the master key it must be copied off-site and kept apart from the archives:
 * whoever holds both can read everything a backup holds except the protected fields, and with the
 * master key too, those as well.
 */
@Component
class BackupKey {

	private static final Logger log = LoggerFactory.getLogger(BackupKey.class);

	private final Path file;

	BackupKey(VigilProperties vigil) throws GeneralSecurityException {
		StreamingAeadConfig.register();
		this.file = vigil.home().resolve("keys").resolve("backup-key.json");
	}

	Path file() {
		return file;
	}

	/** The key for a new archive, created on first use. */
	synchronized StreamingAead forWriting() {
		if (!Files.exists(file)) {
			try {
				KeysetHandle created = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
				SecretFiles.writeOwnerOnly(file, TinkJsonProtoKeysetFormat.serializeKeyset(created, InsecureSecretKeyAccess.get()));
				log.info("Created the backup key {}; keep a copy off-site, apart from the archives", file);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Could not create a backup key", ex);
			}
		}
		return load();
	}

	/** The key for reading an archive; refuses clearly when it is not in place. */
	StreamingAead forReading() {
		if (!Files.exists(file)) {
			throw new BackupRejected("The backup key " + file + " is missing. Copy it (and the master key) from where you keep them "
					+ "off-site into that folder, then run the restore again.");
		}
		return load();
	}

	private StreamingAead load() {
		try {
			KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(SecretFiles.read(file), InsecureSecretKeyAccess.get());
			return keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new BackupRejected("The backup key " + file + " is not a valid backup keyset: " + ex.getMessage(), ex);
		}
	}

}
