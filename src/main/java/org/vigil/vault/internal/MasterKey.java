package org.vigil.vault.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.vigil.platform.SecretFiles;
import org.vigil.platform.VigilProperties;

/**
 * The master keyset (AES-256-GCM), read from a file outside the database. Rotation adds a new
 * primary key and keeps the old ones, so data keys wrapped before stay readable; Tink picks the
 * right key from each ciphertext's prefix.
 */
@Component
class MasterKey {

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private final Path file;

	private volatile KeysetHandle keyset;

	private volatile Aead aead;

	MasterKey(VaultProperties properties, VigilProperties vigil) throws GeneralSecurityException {
		AeadConfig.register();
		Path supplied = properties.masterKeyFile();
		if (supplied != null && StringUtils.hasText(supplied.toString())) {
			if (!Files.isRegularFile(supplied)) {
				// Never invent a key where the operator said theirs is: that would silently split the data.
				throw new IllegalStateException("The master key file " + supplied + " (vigil.vault.master-key-file) does not exist");
			}
			this.file = supplied;
		}
		else {
			this.file = vigil.home().resolve("keys").resolve("master-key.json");
			if (!Files.exists(file)) {
				KeysetHandle created = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
				SecretFiles.writeOwnerOnly(file, TinkJsonProtoKeysetFormat.serializeKeyset(created, InsecureSecretKeyAccess.get()));
				log.info("Created a new master key in {}; keep a copy apart from the database backups", file);
			}
		}
		load();
	}

	Aead aead() {
		return aead;
	}

	long primaryKeyId() {
		return Integer.toUnsignedLong(keyset.getPrimary().getId());
	}

	Path file() {
		return file;
	}

	/** Re-reads the file, for when another node (or the shell command) rotated the key. */
	synchronized void reload() throws GeneralSecurityException {
		load();
	}

	/** Adds a new primary key, writes the keyset back (atomically) and uses it from now on. */
	synchronized void rotate() throws GeneralSecurityException {
		load();
		KeysetHandle rotated = KeysetHandle.newBuilder(keyset)
			.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
			.build();
		SecretFiles.writeOwnerOnly(file, TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get()));
		use(rotated);
	}

	private void load() throws GeneralSecurityException {
		warnIfReadableByOthers();
		use(TinkJsonProtoKeysetFormat.parseKeyset(SecretFiles.read(file), InsecureSecretKeyAccess.get()));
	}

	private void use(KeysetHandle handle) throws GeneralSecurityException {
		Aead primitive = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
		this.keyset = handle;
		this.aead = primitive;
	}

	private void warnIfReadableByOthers() {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
				log.warn("The master key file {} can be read by other accounts; restrict it to its owner (chmod 600)", file);
			}
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: nothing to check.
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the master key file " + file, ex);
		}
	}

}
