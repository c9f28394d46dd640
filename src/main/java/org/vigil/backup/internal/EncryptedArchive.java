package org.vigil.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import com.google.crypto.tink.StreamingAead;

/**
 * The outer layer of an archive file: a short plaintext mark saying what the file is, then the
 * Tink streaming-AEAD ciphertext of the contents. The mark is also the associated data, so it
 * cannot be swapped; the ciphertext's segments are authenticated one by one, so an altered or
 * truncated file fails while being read, before any of it is trusted.
 */
final class EncryptedArchive {

	static final byte[] MARK = "VIGIL-BACKUP 1\n".getBytes(StandardCharsets.US_ASCII);

	private EncryptedArchive() {
	}

	static OutputStream encrypting(StreamingAead key, OutputStream file) throws IOException {
		file.write(MARK);
		try {
			return key.newEncryptingStream(file, MARK);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not start encrypting the archive", ex);
		}
	}

	static InputStream decrypting(StreamingAead key, InputStream file) {
		try {
			byte[] mark = file.readNBytes(MARK.length);
			if (!Arrays.equals(mark, MARK)) {
				throw new BackupRejected("This file is not a Vigil backup archive.");
			}
			return key.newDecryptingStream(file, MARK);
		}
		catch (IOException ex) {
			throw ArchiveReader.unreadable(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new BackupRejected("The archive cannot be decrypted with this backup key.", ex);
		}
	}

}
