package org.vigil.accounts;

import java.util.UUID;

/** A team that owns cases; its members see them. */
public record Team(UUID id, String name) {
}
