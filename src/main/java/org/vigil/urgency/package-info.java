/**
 * How urgent each case is, and who must act: the urgency rules, the watch list and the alerts. For
 * every case it works out a level — {@link org.vigil.urgency.UrgencyLevel imminent, high, watch or
 * dormant} — with its reasons in plain words, from what the case registry and the whereabouts say
 * (where the people are held, which transfers and handovers are expected, how near the destination
 * is to the border of the country of feared return, as geo measures it) and from thresholds an
 * administrator keeps at {@code /admin/urgency}. It reassesses a case when a fact changes and, for
 * the rules that depend on time, on a schedule; it stores each assessment so that the watch list (the
 * home page of researchers and reviewers) reads them without working them out again. When a case
 * becomes imminent its team is alerted in Vigil and by email — the case's reference and level only,
 * never a person or a place — and an alert nobody acknowledges goes on to the team's reviewers. It
 * publishes {@link org.vigil.urgency.UrgencyLevel}, the event {@link org.vigil.urgency.UrgencyChanged} and
 * {@link org.vigil.urgency.UrgencyExplanations} (a case's level and reasons in words, which letters quote).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Urgency")
package org.vigil.urgency;
