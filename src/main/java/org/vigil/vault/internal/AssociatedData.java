package org.vigil.vault.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The associated data that binds a ciphertext to where it belongs. Each part is length-prefixed,
 * so no two different (key scope, record, field) combinations share the same bytes.
 */
final class AssociatedData {

	private AssociatedData() {
	}

	static byte[] forField(UUID keyScope, String recordType, UUID recordId, String field) {
		return encode("vigil-field/1", keyScope.toString(), recordType, recordId == null ? null : recordId.toString(), field);
	}

	/** Binds a wrapped data key to its key scope, so that a key row copied to another key scope does not unwrap. */
	static byte[] forCaseKey(UUID keyScope) {
		return encode("vigil-case-key/1", keyScope.toString());
	}

	private static byte[] encode(String... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(128);
		for (String part : parts) {
			if (part == null) {
				throw new IllegalArgumentException("Every part of a protected field's address is required");
			}
			byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
			if (utf8.length > 0xFFFF) {
				throw new IllegalArgumentException("A record type or field name is too long");
			}
			out.write(utf8.length >>> 8);
			out.write(utf8.length);
			out.writeBytes(utf8);
		}
		return out.toByteArray();
	}

}
