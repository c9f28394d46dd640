package org.vigil.cases;

import java.util.UUID;

/** A case as another module sees it: enough to link to it, name it and know which team owns it. */
public record VisibleCase(UUID id, String reference, UUID teamId) {
}
