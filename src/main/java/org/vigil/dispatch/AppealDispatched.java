package org.vigil.dispatch;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter of an appeal went out on one channel to one destination: the SMTP server accepted it (email,
 * and fax handed to the fax gateway), or the officer marked it posted or sent through the web form.
 * Published once per delivery attempt, after its outcome was recorded. Ids only. (A fax gateway's later
 * report or a bounce changes the attempt's status but publishes nothing.)
 *
 * @param channel {@code EMAIL}, {@code FAX}, {@code POST} or {@code WEB_FORM}
 */
public record AppealDispatched(UUID caseId, UUID appealId, UUID attemptId, String channel, Instant sentAt) {
}
