package org.vigil.publishing.internal.site;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.internal.regions.Regions;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;

/**
 * Two Vigil nodes on one database: what one node keeps of the public site is given up within a second of a release made
 * on the other, which it never hears of. The application here is one node; "another node" is a second set of the
 * site's keepers on the same database, with a clock the test moves by hand.
 */
class SiteRevisionTests extends WebIntegrationTest {

	@Autowired
	PublicSite site;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SiteProperties properties;

	@Autowired
	Items items;

	@Autowired
	MessageSource messages;

	@Autowired
	ListEntries entries;

	@Autowired
	ItemMarkup markup;

	@Autowired
	Regions regions;

	@Autowired
	ApplicationContext context;

	/** The other node's clock, in nanoseconds. */
	private final AtomicLong otherClock = new AtomicLong();

	@Test
	void aPageKeptOnAnotherNodeIsGivenUpWithinASecondOfAReleaseThatNodeNeverHeardOf() {
		RenderedPages otherNode = otherNode();
		long before = otherNode.revision();
		otherNode.keep("en /public/country/ki", before, 200, otherNode.listingTag(before, "en"), "<h1>Kiribati</h1> no items yet");

		site.publish(appeal("Released on this node only", "Body.", "KI"));
		otherClock.addAndGet(SiteRevision.CHECKED_EVERY.toNanos());

		assertThat(otherNode.get("en /public/country/ki")).isEmpty();
		assertThat(otherNode.listingTag(otherNode.revision(), "en")).isNotEqualTo(otherNode.listingTag(before, "en"));
	}

	@Test
	void anotherNodeReadsTheRevisionAtMostOnceInASecond() {
		RenderedPages otherNode = otherNode();
		long before = otherNode.revision();
		otherNode.keep("en /public/country/nr", before, 200, otherNode.listingTag(before, "en"), "<h1>Nauru</h1>");

		site.publish(appeal("Released while the other node trusts its last look", "Body.", "NR"));
		otherClock.addAndGet(SiteRevision.CHECKED_EVERY.toNanos() - 1);

		assertThat(otherNode.get("en /public/country/nr")).isPresent();
		assertThat(otherNode.revision()).isEqualTo(before);
	}

	@Test
	void aWithdrawalWrittenStraightToTheDatabaseByAnotherNodeIsFollowedByThisOne() {
		PublicItem item = site.publish(appeal("Withdrawn by another node", "Body.", "TV"));
		RenderedPages otherNode = otherNode();
		long before = otherNode.revision();
		otherNode.keep("en " + item.path(), before, 200, "\"i1\"", "<p>Body.</p>");

		jdbc.update("update public_items set withdrawn_at = now(), withdrawal_notice = 'Withdrawn.' where slug = ?", item.slug());
		otherClock.addAndGet(SiteRevision.CHECKED_EVERY.toNanos());

		assertThat(otherNode.get("en " + item.path())).isEmpty();
	}

	@Test
	void theNavigationOfAnotherNodeCountsAnItemReleasedOnThisOneWithinASecond() {
		SitePages otherNode = new SitePages(items, messages, properties, regions, otherRevision(), entries, markup);
		long before = tuvaluItems(otherNode);

		site.publish(appeal("Counted on the other node too", "Body.", "TV"));
		otherClock.addAndGet(SiteRevision.CHECKED_EVERY.toNanos());

		assertThat(tuvaluItems(otherNode)).isEqualTo(before + 1);
	}

	private static long tuvaluItems(SitePages pages) {
		return pages.navigation().countries().stream().filter(c -> c.key().equals("TV")).mapToLong(Facet::items).findFirst().orElse(0);
	}

	private RenderedPages otherNode() {
		return new RenderedPages(otherRevision(), properties, context.getBeanProvider(BuildProperties.class));
	}

	private SiteRevision otherRevision() {
		return new SiteRevision(jdbcClient, otherClock::get);
	}

}
