package org.vigil.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.cases.AwaitingReview;

/**
 * Everything that waits for a reviewer, gathered from every module that publishes an
 * {@link AwaitingReview} (this one's identity requests and exports, the appeals in review), oldest first.
 */
@Service
class WaitingForReviewers {

	/** The most items shown, and counted, in all. */
	static final int SHOWN = 100;

	private final List<AwaitingReview> sources;

	WaitingForReviewers(List<AwaitingReview> sources) {
		this.sources = sources;
	}

	/** What waits for the viewer; nothing for someone who is not a reviewer. */
	List<AwaitingReview.Item> of(Viewer viewer) {
		if (!viewer.has(Role.REVIEWER)) {
			return List.of();
		}
		List<AwaitingReview.Item> items = new ArrayList<>();
		sources.forEach(source -> items.addAll(source.waitingFor(viewer, SHOWN)));
		items.sort(Comparator.comparing(AwaitingReview.Item::since));
		return items.size() > SHOWN ? items.subList(0, SHOWN) : items;
	}

}
