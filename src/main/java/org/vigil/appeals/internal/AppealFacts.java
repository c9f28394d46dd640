package org.vigil.appeals.internal;

import java.util.Set;
import java.util.UUID;

import org.vigil.appeals.AppealStatus;

/**
 * What the rules ask about an appeal.
 *
 * @param contributors the users who drafted, edited or submitted it
 * @param complete whether it has a subject, asks and a body
 * @param purged whether its case was purged, so that its text can neither be read nor written
 */
record AppealFacts(AppealStatus status, Set<UUID> contributors, boolean complete, boolean purged) {
}
