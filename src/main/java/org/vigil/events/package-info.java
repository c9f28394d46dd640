/**
 * Events that are never lost. Every event a module publishes to an
 * {@code @ApplicationModuleListener} is kept in Spring Modulith's event publication registry (the
 * {@code event_publication} table) until its listener completes; a listener that fails leaves its
 * publication incomplete, to be retried on the next start, by an operator ({@code events list},
 * {@code events resubmit}) or on the administrators' page {@code /admin/events}, which list what
 * waits — event type, listener, when, attempts, never the event's content — and resubmit it, audited.
 * Completed publications are deleted after {@code vigil.events.keep-completed}. Dispatch of letters
 * (email, fax) relies on this. It publishes nothing; other modules need not know it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event publications")
package org.vigil.events;
