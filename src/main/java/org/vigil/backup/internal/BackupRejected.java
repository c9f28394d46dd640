package org.vigil.backup.internal;

/**
 * A backup or restore that cannot go ahead, with a message an operator can act on. Anything
 * wrong with an archive (not a Vigil backup, wrong key, altered, cut short, hostile paths) ends
 * up as this exception and nothing else.
 */
class BackupRejected extends RuntimeException {

	BackupRejected(String message) {
		super(message);
	}

	BackupRejected(String message, Throwable cause) {
		super(message, cause);
	}

}
