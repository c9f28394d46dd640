package org.vigil.urgency.internal;

/** An administrator changed the thresholds or lists of the rules: every followed case is assessed again. */
public record UrgencySettingsChanged(long version) {
}
