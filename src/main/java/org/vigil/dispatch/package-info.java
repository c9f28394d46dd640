/**
 * Dispatch: an approved appeal reaches its addressees. An advocacy officer (or a reviewer) of the
 * case's team dispatches it to destinations on channels — email over SMTP, fax through an
 * email-to-fax gateway or a fax service's HTTP API (the letters module's cover sheet ahead of the
 * letter, as PDF or TIFF-F), post (a print run of cover letters, letters and address labels) and web
 * forms (the text to paste) — and each destination and channel
 * becomes a delivery attempt with its status, Message-ID, error, receipt and count of tries. Email and
 * fax are sent from an event kept in the event publication registry, so an SMTP server that is down
 * delays a letter (it is retried with backoff) but never loses it, and an attempt recorded as sent is
 * never sent again; post and web forms are marked sent by the officer. The reply mailbox brings
 * replies (matched to their appeal or left in triage), the fax gateway's reports and bounces (which
 * update their attempts). It publishes {@link org.vigil.dispatch.AppealDispatched} when a dispatch has
 * gone out (once for letters of one appeal sent within minutes of each other).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch")
package org.vigil.dispatch;
