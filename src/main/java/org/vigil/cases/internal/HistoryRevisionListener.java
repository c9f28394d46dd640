package org.vigil.cases.internal;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user (or "system" for start-up and operator work). */
public class HistoryRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String who = authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
		((HistoryRevision) revision).setUsername(who);
	}

}
