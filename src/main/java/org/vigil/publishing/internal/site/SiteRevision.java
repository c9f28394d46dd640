package org.vigil.publishing.internal.site;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Where the public site stands: the number in {@code public_site_revision}, which the database moves with every
 * statement that publishes, corrects or withdraws an item, whichever Vigil node made it. What a node keeps of the
 * site (rendered pages, the navigation's counts) is kept for one revision, so that a node gives it up within
 * {@link #CHECKED_EVERY} of a release it never heard of. The number is read at most that often, and again at once
 * after this node's own change, so that the node that releases shows it on its next page.
 */
@Component
class SiteRevision {

	/** How long a revision read is trusted: how late a node may show a change made by another. */
	static final Duration CHECKED_EVERY = Duration.ofSeconds(1);

	/** The revision as read, when (by {@link #nanoTime}), and how many of this node's own changes had been made then. */
	private record Read(long revision, long at, long changes) {
	}

	private final JdbcClient jdbc;

	private final LongSupplier nanoTime;

	/** The latest read; {@code null}: none yet. */
	private volatile Read last;

	/** Counts this node's own changes: a read begun before one is not trusted, as it may be from before it. */
	private final AtomicLong changes = new AtomicLong();

	@Autowired
	SiteRevision(JdbcClient jdbc) {
		this(jdbc, System::nanoTime);
	}

	/** A revision read by the time of {@code nanoTime} (a test moves it by hand). */
	SiteRevision(JdbcClient jdbc, LongSupplier nanoTime) {
		this.jdbc = jdbc;
		this.nanoTime = nanoTime;
	}

	/**
	 * The site's revision, as read at most {@link #CHECKED_EVERY} ago. Whatever is read from the site after this
	 * call is at least as new as the revision it answers.
	 */
	long current() {
		Read read = last;
		long now = nanoTime.getAsLong();
		long changed = changes.get();
		if (read == null || read.changes() != changed || now - read.at() >= CHECKED_EVERY.toNanos()) {
			read = new Read(jdbc.sql("select revision from public_site_revision").query(Long.class).single(), now, changed);
			last = read;
		}
		return read.revision();
	}

	/** This node published, corrected or withdrew an item: the revision it moved is read when next asked for. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(PublicItemChanged changed) {
		changes.incrementAndGet();
	}

}
