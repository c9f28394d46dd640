package org.vigil.urgency.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The urgency module's settings that belong to the installation rather than to an administrator's
 * judgement (those are on {@code /admin/urgency}).
 *
 * (The intervals of the schedule, {@code vigil.urgency.recompute-every} and
 * {@code vigil.urgency.escalation-check-every}, are read by {@link UrgencySchedule}.)
 *
 * @param mailFrom the sender of alert emails
 * @param mailLanguage the language alert emails are written in (en, ko or zh)
 */
@ConfigurationProperties("vigil.urgency")
record UrgencyProperties(@DefaultValue("vigil@localhost") String mailFrom, @DefaultValue("en") String mailLanguage) {
}
