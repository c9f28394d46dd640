package org.vigil.publishing.internal.site;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What each public page shows: its template and model, for the served site and the static export
 * alike (only the {@link SiteLinks} differ).
 */
@Component
class SitePages {

	/** A page to render: its template, what it shows, and whether it stands for something gone (410). */
	record Page(String template, Map<String, Object> model, boolean gone) {
	}

	private final Items items;

	private final MessageSource messages;

	SitePages(Items items, MessageSource messages) {
		this.items = items;
		this.messages = messages;
	}

	/** The item's page, or the earlier version asked for; a withdrawn item's notice; nothing for an unknown item or version. */
	Optional<Page> item(String slug, Integer version, SiteLinks links) {
		Optional<Item> found = items.find(slug);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Item item = found.get();
		Map<String, Object> model = base(links, List.of());
		model.put("item", item);
		if (item.withdrawn()) {
			return Optional.of(new Page("public/withdrawn", model, true));
		}
		List<ItemVersion> versions = items.versions(item.id());
		int wanted = version == null ? item.version() : version;
		Optional<ItemVersion> shown = versions.stream().filter(v -> v.version() == wanted).findFirst();
		if (shown.isEmpty()) {
			return Optional.empty();
		}
		model.put("versions", versions);
		model.put("shown", shown.get());
		model.put("countryName", countryName(item.countryCode()));
		return Optional.of(new Page("public/item", model, false));
	}

	private Map<String, Object> base(SiteLinks links, List<FeedLink> feeds) {
		Map<String, Object> model = new HashMap<>();
		model.put("links", links);
		model.put("feeds", feeds);
		return model;
	}

	static String countryName(String countryCode) {
		return new Locale("", countryCode).getDisplayCountry(LocaleContextHolder.getLocale());
	}

}
