package org.vigil.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit log.
 *
 * @param checkpointEvery sign a checkpoint after every this many entries; fewer means a cut-off
 *                        tail is caught sooner, at the cost of one signature per checkpoint
 */
@ConfigurationProperties("vigil.audit")
record AuditProperties(@DefaultValue("1000") int checkpointEvery) {

	AuditProperties {
		if (checkpointEvery < 1) {
			throw new IllegalArgumentException("vigil.audit.checkpoint-every must be at least 1");
		}
	}

}
