package org.vigil.vault;

import java.util.Objects;
import java.util.UUID;

/**
 * The name of one data key: the id of what the key seals. Most protected values are sealed with
 * their case's key, so their key scope is the case's id; a person's identity is sealed with a key of
 * the person's own (the person's id), so that one person can be purged without the case. Destroying
 * a key scope's key makes every value sealed with it unreadable. The vault's methods take the id
 * itself ({@link FieldCipher}, {@link CaseKeys}); published records name it with this type.
 */
public record KeyScope(UUID id) {

	public KeyScope {
		Objects.requireNonNull(id, "id");
	}

	public static KeyScope of(UUID id) {
		return new KeyScope(id);
	}

}
