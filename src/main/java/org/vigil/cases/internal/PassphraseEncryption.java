package org.vigil.cases.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Encrypts an export to the person who asked for it: AES-256-GCM under a key derived from their
 * passphrase with Argon2id, so that the file is useless to anyone who finds it without the
 * passphrase — which Vigil never stores. Format: {@code VGLX1}, salt (16), nonce (12), ciphertext.
 */
final class PassphraseEncryption {

	static final byte[] MAGIC = "VGLX1".getBytes(StandardCharsets.US_ASCII);

	static final int MIN_PASSPHRASE = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private PassphraseEncryption() {
	}

	static byte[] encrypt(byte[] plaintext, char[] passphrase) {
		byte[] salt = random(16);
		byte[] nonce = random(12);
		byte[] key = derive(passphrase, salt);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(MAGIC);
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(MAGIC.length + salt.length + nonce.length + sealed.length)
				.put(MAGIC).put(salt).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
		finally {
			Arrays.fill(key, (byte) 0);
		}
	}

	/** @throws IllegalArgumentException when the file is not an export or the passphrase is wrong */
	static byte[] decrypt(byte[] file, char[] passphrase) {
		if (file.length < MAGIC.length + 28 + 16 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
			throw new IllegalArgumentException("This is not a Vigil export file.");
		}
		ByteBuffer in = ByteBuffer.wrap(file, MAGIC.length, file.length - MAGIC.length);
		byte[] salt = new byte[16];
		byte[] nonce = new byte[12];
		in.get(salt).get(nonce);
		byte[] sealed = new byte[in.remaining()];
		in.get(sealed);
		byte[] key = derive(passphrase, salt);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(MAGIC);
			return cipher.doFinal(sealed);
		}
		catch (javax.crypto.AEADBadTagException wrong) {
			throw new IllegalArgumentException("The passphrase is wrong, or the file was changed.");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
		finally {
			Arrays.fill(key, (byte) 0);
		}
	}

	private static byte[] derive(char[] passphrase, byte[] salt) {
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withSalt(salt).withMemoryAsKB(64 * 1024)
			.withIterations(3).withParallelism(1).build());
		byte[] key = new byte[32];
		generator.generateBytes(passphrase, key);
		return key;
	}

	private static byte[] random(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
