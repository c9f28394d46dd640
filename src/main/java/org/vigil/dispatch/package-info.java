/**
 * Dispatch: an approved appeal reaches its addressees. An advocacy officer (or a reviewer) of the
 * case's team dispatches it to destinations on channels — email over SMTP today — and each
 * destination and channel becomes a delivery attempt with its status, Message-ID, error and count of
 * tries. The sending runs from an event kept in the event publication registry, so an SMTP server
 * that is down delays a letter (it is retried with backoff) but never loses it, and an attempt
 * recorded as sent is never sent again. It publishes {@link org.vigil.dispatch.AppealDispatched}
 * when a letter has gone out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch")
package org.vigil.dispatch;
