package org.vigil.dispatch;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter of an appeal went out on one channel to one destination: the SMTP server accepted it (email,
 * and fax handed to the fax gateway), or the officer marked it posted or sent through the web form.
 * Published after the outcome was recorded, once per dispatch: by the first of an appeal's letters to go
 * out, not by those of the same appeal that follow it within ten minutes (a dispatch to many addressees
 * is announced once); a letter marked sent by hand always publishes it. Ids only. (A fax gateway's later
 * report or a bounce changes the attempt's status but publishes nothing.)
 *
 * @param channel {@code EMAIL}, {@code FAX}, {@code POST} or {@code WEB_FORM}
 */
public record AppealDispatched(UUID caseId, UUID appealId, UUID attemptId, String channel, Instant sentAt) {
}
