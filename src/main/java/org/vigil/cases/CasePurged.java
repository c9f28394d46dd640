package org.vigil.cases;

import java.util.UUID;

/**
 * A case was purged: its key (and the keys of its persons) is destroyed, so nothing protected in it
 * can be read any more, anywhere. Modules that keep protected data of the case — sealed with its key,
 * or files beside it — tidy up what is left; what stays is unreadable anyway.
 */
public record CasePurged(UUID caseId) {
}
