/**
 * Drafting: writes an appeal from what Vigil knows of its case, and checks an edited draft before it
 * is submitted. It assembles the letter — addressee block and salutation from the directory, the
 * request first, the people by their public labels only, their custody and expected transfers in
 * plain sentences with places and geodesic distances (whereabouts, geo), why it is urgent (urgency),
 * what they face if returned (the law module's risk profile, claim by claim with its citation) and the
 * obligations of the states concerned (the law module's engine, which never presents a treaty as
 * binding on a state not party to it), then the asks and the closing — keeping every unverified
 * source out unless the drafter confirmed it. It warns when an edit removes a citation, names a place
 * the timeline does not know, states a treaty status the law data contradicts or names a protected
 * person (through the case registry's blind index, without revealing who). It publishes nothing of
 * its own: it implements the appeals module's {@link org.vigil.appeals.DraftSource} and
 * {@link org.vigil.appeals.DraftChecks}, so that appeals depends on none of the modules the facts
 * come from, and serves the page on which a researcher orders a draft.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drafting")
package org.vigil.drafting;
