package org.vigil.publishing.internal.site;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.platform.Refusal;
import org.vigil.platform.api.ApiPage;
import org.vigil.platform.validation.CountryCode;
import org.vigil.platform.validation.PageLimits;
import org.vigil.publishing.PublicKind;
import org.vigil.publishing.internal.regions.Region;
import org.vigil.publishing.internal.regions.Regions;

/**
 * The public JSON of the site, {@code /public/api/items}: the published items, newest first, a
 * bounded page at a time, for anyone without a token. It holds exactly what the public pages show.
 */
@RestController
@ConditionalOnBooleanProperty(name = "vigil.publishing.site.enabled", matchIfMissing = true)
class PublicApiController {

	private final Items items;

	private final SiteAddress address;

	private final Regions regions;

	PublicApiController(Items items, SiteAddress address, Regions regions) {
		this.items = items;
		this.address = address;
		this.regions = regions;
	}

	/**
	 * An item as the public JSON gives it.
	 *
	 * @param url its page on the public site
	 * @param region the UN M49 code of the area the item is filed under ({@code 030})
	 * @param regionKey the area as it reads in addresses and in the {@code region} parameter ({@code eastern-asia})
	 * @param regionName the area's English name as the UN writes it ({@code Eastern Asia})
	 */
	record PublicItemResponse(String slug, String url, PublicKind kind, int version, String title, String summary, String language,
			String region, String regionKey, String regionName, String countryCode, List<String> themes, Instant firstPublished,
			Instant lastCorrected) {

		static PublicItemResponse of(Item item, SiteLinks links, Regions regions) {
			return new PublicItemResponse(item.slug(), links.item(item), item.kind(), item.version(), item.title(), item.summary(),
					item.language(), item.region(), item.regionKey(), regions.name(item.region(), Locale.ENGLISH), item.countryCode(),
					item.themes(), item.firstPublished(), item.lastCorrected());
		}

	}

	/**
	 * Lists the published items, newest first, of a country ({@code country=CN}) and of a UN M49 area ({@code region=eastern-asia}
	 * or {@code region=030}; a region lists the items of the areas it holds too) when given.
	 */
	@GetMapping("/public/api/items")
	ApiPage<PublicItemResponse> listPublicItems(@RequestParam(required = false) @Size(max = 2) String country,
			@RequestParam(required = false) @Size(max = PublicTexts.MAX_REGION) String region,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(PageLimits.MAX_SIZE) int size) {
		String code = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		if (code != null && !CountryCode.Validator.isCountryCode(code)) {
			throw Refusal.onField(PublicSiteRule.PUBLIC_FIELD_INVALID, "country", "country").toException();
		}
		List<String> regionKeys = null;
		if (region != null && !region.isBlank()) {
			String asked = region.strip().toLowerCase(Locale.ROOT);
			Region area = regions.ofKey(asked).or(() -> regions.of(asked))
				.orElseThrow(() -> Refusal.onField(PublicSiteRule.PUBLIC_FIELD_INVALID, "region", "region").toException());
			regionKeys = regions.keysWithin(area);
		}
		SiteLinks links = address.links();
		List<PublicItemResponse> found = items.where(code, regionKeys, page * size, size).stream()
			.map(item -> PublicItemResponse.of(item, links, regions)).toList();
		long total = items.count(code, regionKeys);
		return new ApiPage<>(found, page, size, total, (int) ((total + size - 1) / size));
	}

}
