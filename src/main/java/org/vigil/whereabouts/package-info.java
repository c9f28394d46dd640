/**
 * Whereabouts: where each person or group of a case is, as far as anyone knows. For every person it
 * keeps a timeline of custody periods (who holds them, in which facility, where, from when to when;
 * an open period means "held now"), sightings, expected transfers and handovers (to which place or
 * border crossing, into whose hands, when, how certain), and — sealed with the person's own key like
 * an identity — where a person in hiding is. Every entry names its source; dates may be fuzzy. It
 * reads what a contact reported (pasted text, kept sealed) into proposed entries that a researcher
 * confirms one by one, flags inconsistent input (overlapping custody, a transfer before the arrest,
 * a place outside the custodian's country, one person in two places at once) instead of storing it
 * silently, and draws the timeline on a map with each place's distance to the country of feared
 * return. It resolves places through {@code geo} and asks {@code cases} about cases, persons and
 * sources through their published API. It publishes {@link org.vigil.whereabouts.WhereaboutsFacts}
 * (what a public statement could say of where the people are, for urgency and letters), {@link org.vigil.whereabouts.HidingPlaces}
 * (whether a text about to be made public names a place of hiding, without giving it) and the event
 * {@link org.vigil.whereabouts.WhereaboutsChanged}, and serves the {@code /cases/{id}/whereabouts}
 * pages and the {@code /api/cases/{id}/whereabouts} routes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Whereabouts",
		allowedDependencies = { "platform", "accounts", "audit", "vault", "cases", "geo" })
package org.vigil.whereabouts;
