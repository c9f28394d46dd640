package org.vigil.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.stereotype.Component;
import org.vigil.platform.SecretFiles;
import org.vigil.platform.VigilProperties;

/**
 * Encrypts TOTP secrets with a key kept in {@code <vigil.home>/keys/second-factor-key.json},
 * outside the database: a stolen database dump then does not let anyone compute sign-in codes.
 * Each ciphertext is bound to its user id, so a secret copied to another user's row is useless.
 */
@Component
class SecondFactorKey {

	private final Aead aead;

	SecondFactorKey(VigilProperties properties) throws GeneralSecurityException {
		AeadConfig.register();
		Path file = properties.home().resolve("keys").resolve("second-factor-key.json");
		KeysetHandle keyset;
		synchronized (SecondFactorKey.class) {
			if (Files.exists(file)) {
				keyset = TinkJsonProtoKeysetFormat.parseKeyset(SecretFiles.read(file), InsecureSecretKeyAccess.get());
			}
			else {
				keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
				SecretFiles.writeOwnerOnly(file, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
			}
		}
		this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
	}

	byte[] encrypt(byte[] secret, UUID userId) {
		try {
			return aead.encrypt(secret, associatedData(userId));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a second-factor secret", ex);
		}
	}

	byte[] decrypt(byte[] ciphertext, UUID userId) {
		try {
			return aead.decrypt(ciphertext, associatedData(userId));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A second-factor secret does not decrypt with this Vigil home's key", ex);
		}
	}

	private static byte[] associatedData(UUID userId) {
		return ("vigil/totp/" + userId).getBytes(StandardCharsets.UTF_8);
	}

}
