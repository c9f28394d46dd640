package org.vigil.publishing.internal.site;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.validation.AcceptedText;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;
import org.vigil.publishing.internal.regions.Region;
import org.vigil.publishing.internal.regions.Regions;

/**
 * The public site taking released texts: a new item with its slug, a correction as a new version at
 * the same address, a withdrawal that leaves only the notice. Each change is announced as a
 * {@link PublicItemChanged} (the webhook follows it). A text handed in twice for the same
 * publication answers the item it made the first time.
 */
@Service
class SitePublishing implements PublicSite {

	private final Items items;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Regions regions;

	SitePublishing(Items items, ObjectProvider<Clock> clocks, ApplicationEventPublisher events, Regions regions) {
		this.items = items;
		this.regions = regions;
		this.clock = clocks.getIfUnique(Clock::systemUTC);
		this.events = events;
	}

	@Override
	@Transactional
	public PublicItem publish(PublicText text) {
		Region region = checked(text);
		Optional<Item> already = items.ofPublication(text.publicationId());
		if (already.isPresent()) {
			return already.get().published();
		}
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		int year = text.releasedAt().atZone(ZoneOffset.UTC).getYear();
		int number = items.nextNumber(year, text.countryCode());
		String slug = Slugs.item(year, text.countryCode(), number, text.kind(), clean(text.title()));
		Item item = item(UUID.randomUUID(), slug, 1, text, region, now, null);
		items.add(text.publicationId(), item, year, number);
		events.publishEvent(new PublicItemChanged(slug, PublicItemChanged.Change.PUBLISHED, 1, now));
		return item.published();
	}

	@Override
	@Transactional
	public PublicItem correct(String slug, PublicText text) {
		Region region = checked(text);
		Item current = current(slug);
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		Item corrected = item(current.id(), current.slug(), current.version() + 1, text, region, current.firstPublished(), now);
		items.replace(corrected);
		events.publishEvent(new PublicItemChanged(slug, PublicItemChanged.Change.CORRECTED, corrected.version(), now));
		return corrected.published();
	}

	@Override
	@Transactional
	public void withdraw(String slug, String notice) {
		refuseIfWrong(PublicTexts.noticeRefusal(notice));
		Item current = current(slug);
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		items.withdraw(current.id(), clean(notice), now);
		events.publishEvent(new PublicItemChanged(slug, PublicItemChanged.Change.WITHDRAWN, current.version(), now));
	}

	/** The item at the slug, still on the site. */
	private Item current(String slug) {
		Item item = items.find(slug == null ? "" : slug).orElseThrow(() -> new NotFoundException("Public item"));
		if (item.withdrawn()) {
			throw Refusal.of(PublicSiteRule.PUBLIC_ITEM_WITHDRAWN).toException();
		}
		return item;
	}

	/** The text's area (UN M49) once the text is found right; a refusal naming the first field that is not. */
	private Region checked(PublicText text) {
		refuseIfWrong(PublicTexts.refusal(text));
		return regions.of(clean(text.region()))
			.orElseThrow(() -> Refusal.onField(PublicSiteRule.PUBLIC_FIELD_INVALID, "region", "region").toException());
	}

	private static Item item(UUID id, String slug, int version, PublicText text, Region region, Instant firstPublished,
			Instant lastCorrected) {
		List<String> themes = text.themes() == null ? List.of()
				: text.themes().stream().map(SitePublishing::clean).distinct().toList();
		return new Item(id, slug, text.kind(), version, clean(text.title()), text.summary() == null ? "" : clean(text.summary()),
				AcceptedText.normalise(text.body()).strip(), text.language(), region.code(), region.key(), text.countryCode(), themes,
				themes.stream().map(Slugs::key).toList(), text.releasedAt(), firstPublished, lastCorrected, null, null);
	}

	private static String clean(String text) {
		return AcceptedText.normalise(text).strip();
	}

	private static void refuseIfWrong(Optional<Refusal> refusal) {
		if (refusal.isPresent()) {
			throw refusal.get().toException();
		}
	}

}
