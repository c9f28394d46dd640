/**
 * Law: the organisation's curated, sourced legal knowledge that appeals draw on. It owns the
 * instruments a letter may cite (treaties with their key articles, paraphrased), the non-treaty
 * sources (treaty-body findings, commission-of-inquiry reports, UNHCR positions), each UN member and
 * observer state's participation in every instrument (party, signatory or neither, with dates,
 * reservations that matter, acceptance of individual complaints, and the source and as-of date of
 * each row, which is marked unverified unless it was checked against the depositary), the risk
 * profiles of countries of feared return (each claim cited, reviewed on a date, versioned), and the
 * obligations engine that says, for the facts of a case, which obligations bind which state and how
 * strongly — never listing a treaty as binding on a state that is not party to it. For a case it asks
 * {@code cases} who the people are and {@code whereabouts} which states they are expected to be
 * handed to on the way (chain return). It publishes
 * {@link org.vigil.law.Obligations}, {@link org.vigil.law.CaseLaw} (a case's legal facts and obligations, which
 * the case page and the letters about it state alike), {@link org.vigil.law.StateParticipation},
 * {@link org.vigil.law.Instruments}, {@link org.vigil.law.Findings} and
 * {@link org.vigil.law.RiskProfiles}; administrators import the depositary's status tables and edit
 * risk profiles on its administration pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Law")
package org.vigil.law;
