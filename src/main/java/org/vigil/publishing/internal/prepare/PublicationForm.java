package org.vigil.publishing.internal.prepare;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.vigil.platform.validation.CountryCode;

/** The reviewer's form of a publication's public text; themes are written one per line or separated by commas. */
public class PublicationForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 1000)
	private String summary;

	@NotBlank
	@Size(max = 100_000)
	private String body;

	@NotBlank
	@Pattern(regexp = PublicationApiModels.LANGUAGES)
	private String language;

	@Size(max = 100)
	private String region;

	@CountryCode
	private String countryCode;

	@Size(max = 700)
	private String themes;

	@NotNull
	private Long version;

	static PublicationForm of(Publication publication) {
		PublicationForm form = new PublicationForm();
		PublicationText text = publication.text();
		form.title = text.title();
		form.summary = text.summary();
		form.body = text.body();
		form.language = text.language();
		form.region = text.region();
		form.countryCode = text.countryCode();
		form.themes = String.join(", ", text.themes());
		form.version = publication.version();
		return form;
	}

	PublicationText text() {
		List<String> tags = themes == null ? List.of() : Arrays.stream(themes.split("[,\\n]")).map(String::strip)
			.filter(t -> !t.isEmpty()).limit(PublicationApiModels.MAX_THEMES).toList();
		return new PublicationText(title, summary, body, language, region, countryCode, tags);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getThemes() {
		return themes;
	}

	public void setThemes(String themes) {
		this.themes = themes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
