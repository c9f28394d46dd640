package org.vigil.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import org.springframework.stereotype.Component;
import org.vigil.platform.SecretFiles;
import org.vigil.platform.VigilProperties;

/**
 * Signs audit checkpoints with an Ed25519 keyset kept in {@code <vigil.home>/keys/audit-signing.json},
 * created on first use. The private key never enters the database, so whoever can rewrite the
 * database still cannot forge a checkpoint.
 */
@Component
class CheckpointSigner {

	static {
		// Before any use, including verifying an exported checkpoint before the key file was read.
		try {
			SignatureConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final Path keyFile;

	private volatile KeysetHandle keyset;

	CheckpointSigner(VigilProperties vigil) {
		this.keyFile = vigil.home().resolve("keys").resolve("audit-signing.json");
	}

	byte[] sign(byte[] data) {
		try {
			return keyset().getPrimitive(RegistryConfiguration.get(), PublicKeySign.class).sign(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign an audit checkpoint", ex);
		}
	}

	/** Whether {@code signature} was made by this installation's signing key. */
	boolean verify(byte[] signature, byte[] data) {
		return verify(publicKeyset(), signature, data);
	}

	/** Whether {@code signature} was made by the key whose public keyset (Tink JSON) is given. */
	static boolean verify(String publicKeyset, byte[] signature, byte[] data) {
		try {
			TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset)
				.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class)
				.verify(signature, data);
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	/** The public half of the signing keyset, as Tink JSON, to go with exported checkpoints. */
	String publicKeyset() {
		try {
			return TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset().getPublicKeysetHandle());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not read the audit signing key", ex);
		}
	}

	private KeysetHandle keyset() {
		KeysetHandle current = keyset;
		if (current == null) {
			synchronized (this) {
				if (keyset == null) {
					keyset = loadOrCreate();
				}
				current = keyset;
			}
		}
		return current;
	}

	private KeysetHandle loadOrCreate() {
		try {
			if (Files.exists(keyFile)) {
				return TinkJsonProtoKeysetFormat.parseKeyset(SecretFiles.read(keyFile), InsecureSecretKeyAccess.get());
			}
			KeysetHandle created = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
			SecretFiles.writeOwnerOnly(keyFile,
					TinkJsonProtoKeysetFormat.serializeKeyset(created, InsecureSecretKeyAccess.get()));
			return created;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The audit signing key in " + keyFile + " is unreadable", ex);
		}
	}

}
