/**
 * Appeals: the interventions an organisation sends about a case. An appeal belongs to one case and
 * is drafted by a researcher, submitted for review, and approved by a second person — a reviewer
 * of the team that owns the case who neither drafted, edited nor submitted it — or returned to
 * draft with a comment. Its subject, asks and body are sealed with the case's data key, so purging
 * the case makes them unreadable. Every step is in the audit log, and an approval is announced as
 * {@link org.vigil.appeals.AppealApproved} for the modules that will dispatch it. A drafter may
 * have Vigil write the draft from the case's facts: appeals asks a {@link org.vigil.appeals.DraftSource}
 * for it and keeps what was generated beside the draft, and asks {@link org.vigil.appeals.DraftChecks}
 * for the warnings on the edited text before it is submitted — both implemented by the drafting
 * module, so that appeals depends on none of the modules a letter's facts come from. A follow-up of an
 * appeal that went out is drafted the same way ({@link org.vigil.appeals.FollowUpAppeals}). An approved
 * letter's PDF is kept once rendered, sealed with the case's key, and rendered again only when
 * something it is made from changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals")
package org.vigil.appeals;
