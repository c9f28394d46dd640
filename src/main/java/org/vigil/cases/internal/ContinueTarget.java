package org.vigil.cases.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a user goes back to after a step taken on the way — revealing the identities, confirming
 * with the passkey — so that they land on the form or page they were opening. Only a page of the
 * same case is accepted, written plainly (letters, digits and dashes between the slashes, a simple
 * query): no other site, no other case, no {@code ..}, no control character that a browser would
 * drop. Anything else sends the user to the case page.
 */
final class ContinueTarget {

	private static final Pattern CASE_PAGE = Pattern.compile("/cases/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
			+ "(/[A-Za-z0-9-]+)*(\\?[A-Za-z0-9=&_-]*)?(#[A-Za-z0-9-]+)?");

	private ContinueTarget() {
	}

	/** The target when it is a page of the case, else the case page itself. */
	static String within(UUID caseId, String target) {
		if (target != null) {
			Matcher page = CASE_PAGE.matcher(target);
			if (page.matches() && page.group(1).equals(caseId.toString())) {
				return target;
			}
		}
		return "/cases/" + caseId;
	}

	/** The reveal page of the case, sending the user back to {@code target} afterwards. */
	static String revealThenBackTo(UUID caseId, String target) {
		return "/cases/" + caseId + "/reveal?continue=" + URLEncoder.encode(within(caseId, target), StandardCharsets.UTF_8);
	}

}
