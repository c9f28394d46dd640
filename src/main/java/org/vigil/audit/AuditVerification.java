package org.vigil.audit;

/**
 * The verdict of checking the audit chain.
 *
 * @param intact whether every entry and checkpoint checked out
 * @param entriesChecked how many entries were read
 * @param firstBrokenEntryId the first entry found edited, missing or out of place; {@code null} when intact
 * @param reason what is wrong with it, for an administrator; {@code null} when intact
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId, String reason) {

	public static AuditVerification intact(long entriesChecked) {
		return new AuditVerification(true, entriesChecked, null, null);
	}

	public static AuditVerification broken(long entryId, long entriesChecked, String reason) {
		return new AuditVerification(false, entriesChecked, entryId, reason);
	}

	/** {@code intact (N entries)} or {@code broken at entry ID: reason}, as the shell command prints it. */
	public String summary() {
		return intact ? "intact (" + entriesChecked + " entries)" : "broken at entry " + firstBrokenEntryId + ": " + reason;
	}

}
