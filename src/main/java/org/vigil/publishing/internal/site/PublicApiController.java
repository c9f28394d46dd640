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

/**
 * The public JSON of the site, {@code /public/api/items}: the published items, newest first, a
 * bounded page at a time, for anyone without a token. It holds exactly what the public pages show.
 */
@RestController
@ConditionalOnBooleanProperty(name = "vigil.publishing.site.enabled", matchIfMissing = true)
class PublicApiController {

	private final Items items;

	private final SiteAddress address;

	PublicApiController(Items items, SiteAddress address) {
		this.items = items;
		this.address = address;
	}

	/**
	 * An item as the public JSON gives it.
	 *
	 * @param url its page on the public site
	 * @param regionKey the region as it reads in addresses and in the {@code region} parameter
	 */
	record PublicItemResponse(String slug, String url, PublicKind kind, int version, String title, String summary, String language,
			String region, String regionKey, String countryCode, List<String> themes, Instant firstPublished, Instant lastCorrected) {

		static PublicItemResponse of(Item item, SiteLinks links) {
			return new PublicItemResponse(item.slug(), links.item(item), item.kind(), item.version(), item.title(), item.summary(),
					item.language(), item.region(), item.regionKey(), item.countryCode(), item.themes(), item.firstPublished(),
					item.lastCorrected());
		}

	}

	/** Lists the published items, newest first, of a country ({@code country=CN}) and of a region ({@code region=east-asia}) when given. */
	@GetMapping("/public/api/items")
	ApiPage<PublicItemResponse> listPublicItems(@RequestParam(required = false) @Size(max = 2) String country,
			@RequestParam(required = false) @Size(max = PublicTexts.MAX_REGION) String region,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(PageLimits.MAX_SIZE) int size) {
		String code = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		if (code != null && !CountryCode.Validator.isCountryCode(code)) {
			throw Refusal.onField(PublicSiteRule.PUBLIC_FIELD_INVALID, "country", "country").toException();
		}
		String regionKey = region == null || region.isBlank() ? null : region.strip().toLowerCase(Locale.ROOT);
		SiteLinks links = address.links();
		List<PublicItemResponse> found = items.where(code, regionKey, page * size, size).stream()
			.map(item -> PublicItemResponse.of(item, links)).toList();
		long total = items.count(code, regionKey);
		return new ApiPage<>(found, page, size, total, (int) ((total + size - 1) / size));
	}

}
