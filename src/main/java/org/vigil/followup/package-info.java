/**
 * Follow-up: nobody forgets an appeal that went out. When a letter of an appeal is sent (dispatch's
 * {@link org.vigil.dispatch.AppealDispatched}) it sets tasks due by rules of {@code vigil.followup.*}
 * — follow up when no reply came within a week, decide on publication when the sixty-day confidential
 * window of the UN special procedures ends (closed once a publication of the appeal is released: publishing's
 * {@link org.vigil.publishing.AppealReleased}). A scheduled job opens each task on its day, closes the
 * follow-ups a reply answered, and reminds the advocacy desk by email once per task (the case's
 * reference and the task only, never a person). Advocacy officers and reviewers of the case's team
 * assign, snooze and finish them at {@code /api/tasks}; a due follow-up drafts its follow-up letter
 * (through appeals' {@link org.vigil.appeals.FollowUpAppeals}) and is closed when that letter is
 * dispatched. The officers also record what an appeal achieved: its status (HURIDOCS MT45) and the case's outcome — released or reached safety closes the case's tasks. Directors
 * (reviewers, administrators) read what the appeals achieve at {@code /reports/appeals}. It
 * publishes {@link org.vigil.followup.FollowupTasks} (the open tasks a viewer's watch list shows),
 * {@link org.vigil.followup.CaseOutcomes} and the event {@link org.vigil.followup.OutcomeRecorded}, which urgency follows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package org.vigil.followup;
