package org.vigil.platform;

import java.util.List;

/**
 * The rules of editing a record that someone else may be editing at the same moment. Every edit
 * names the version it was made on; an edit made on a version that is no longer the current one
 * is refused, and says what changed since, so that the editor can reconcile rather than overwrite.
 */
public enum EditRule implements RefusalRule {

	/** The edit did not say which version of the record it was made on. */
	VERSION_REQUIRED(Kind.BAD_INPUT),

	/** Someone saved the record after the version the edit was made on. */
	STALE_VERSION(Kind.WRONG_STATE);

	private final Kind kind;

	EditRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

	/** An edit without its {@code version}. */
	public static Refusal versionRequired() {
		return Refusal.onField(VERSION_REQUIRED, "version");
	}

	/**
	 * An edit made on an older version: API callers read {@code currentVersion} and {@code changes}
	 * (what is saved now that differs from what they loaded or sent).
	 */
	public static Refusal stale(long currentVersion, List<?> changes) {
		return Refusal.of(STALE_VERSION, currentVersion).with("currentVersion", currentVersion).with("changes", changes);
	}

}
