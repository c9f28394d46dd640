package org.vigil.publishing.internal.site;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.vigil.platform.DatabaseRevision;

/**
 * Where the public site stands: the number in {@code public_site_revision}, which the database moves with every
 * statement that publishes, corrects or withdraws an item, whichever Vigil node made it (a {@link DatabaseRevision}).
 * What a node keeps of the site (rendered pages, the navigation's counts) is kept for one revision, so that a node
 * gives it up within {@link #CHECKED_EVERY} of a release it never heard of; the node that releases reads the number
 * again at once after its own change, and shows it on its next page.
 */
@Component
class SiteRevision {

	/** How long a revision read is trusted: how late a node may show a change made by another. */
	static final Duration CHECKED_EVERY = DatabaseRevision.CHECKED_EVERY;

	private final DatabaseRevision revision;

	@Autowired
	SiteRevision(JdbcClient jdbc) {
		this(jdbc, System::nanoTime);
	}

	/** A revision read by the time of {@code nanoTime} (a test moves it by hand). */
	SiteRevision(JdbcClient jdbc, LongSupplier nanoTime) {
		this.revision = new DatabaseRevision(jdbc, "public_site_revision", nanoTime);
	}

	/**
	 * The site's revision, as read at most {@link #CHECKED_EVERY} ago. Whatever is read from the site after this
	 * call is at least as new as the revision it answers.
	 */
	long current() {
		return revision.current();
	}

	/** This node published, corrected or withdrew an item: the revision it moved is read when next asked for. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(PublicItemChanged changed) {
		revision.committed();
	}

}
