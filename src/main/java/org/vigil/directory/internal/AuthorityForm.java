package org.vigil.directory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.ChannelKind;
import org.vigil.directory.ContactChannel;
import org.vigil.directory.FormOfAddress;
import org.vigil.platform.Refusal;

/**
 * The entry form of the administration pages: the entry's fields, the forms of address in English,
 * Korean and Chinese, and one value, as-of date and source per channel kind. Forms of address in
 * other languages (from an import or the API) are kept as they are.
 */
class AuthorityForm {

	static final List<String> LANGUAGES = List.of("en", "ko", "zh");

	private String country;

	private AuthorityKind kind;

	private String name;

	private String title;

	private String body;

	private String hostCountry;

	private String languages;

	private String salutationEn, addressLineEn, salutationKo, addressLineKo, salutationZh, addressLineZh;

	private String postal, postalSource, fax, faxSource, email, emailSource, webForm, webFormSource;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate postalAsOf, faxAsOf, emailAsOf, webFormAsOf;

	private Long version;

	static AuthorityForm of(Authority a) {
		AuthorityForm f = new AuthorityForm();
		f.country = a.country();
		f.kind = a.kind();
		f.name = a.name();
		f.title = a.title();
		f.body = a.body();
		f.hostCountry = a.hostCountry();
		f.languages = String.join(", ", a.languages());
		for (FormOfAddress form : a.formsOfAddress()) {
			switch (form.language()) {
				case "en" -> { f.salutationEn = form.salutation(); f.addressLineEn = form.addressLine(); }
				case "ko" -> { f.salutationKo = form.salutation(); f.addressLineKo = form.addressLine(); }
				case "zh" -> { f.salutationZh = form.salutation(); f.addressLineZh = form.addressLine(); }
				default -> { }
			}
		}
		for (ContactChannel c : a.channels()) {
			switch (c.kind()) {
				case POSTAL -> { f.postal = c.value(); f.postalAsOf = c.asOf(); f.postalSource = c.source(); }
				case FAX -> { f.fax = c.value(); f.faxAsOf = c.asOf(); f.faxSource = c.source(); }
				case EMAIL -> { f.email = c.value(); f.emailAsOf = c.asOf(); f.emailSource = c.source(); }
				case WEB_FORM -> { f.webForm = c.value(); f.webFormAsOf = c.asOf(); f.webFormSource = c.source(); }
			}
		}
		f.version = a.version();
		return f;
	}

	/** What the form says, with the stored entry's forms of address in other languages kept ({@code kept} may be empty). */
	AuthorityDraft draft(List<FormOfAddress> kept) {
		List<FormOfAddress> forms = new ArrayList<>();
		form(forms, "en", salutationEn, addressLineEn);
		form(forms, "ko", salutationKo, addressLineKo);
		form(forms, "zh", salutationZh, addressLineZh);
		kept.stream().filter(k -> !LANGUAGES.contains(k.language())).forEach(forms::add);
		List<AuthorityDraft.ChannelDraft> channels = new ArrayList<>();
		channel(channels, ChannelKind.POSTAL, postal, postalAsOf, postalSource);
		channel(channels, ChannelKind.FAX, fax, faxAsOf, faxSource);
		channel(channels, ChannelKind.EMAIL, email, emailAsOf, emailSource);
		channel(channels, ChannelKind.WEB_FORM, webForm, webFormAsOf, webFormSource);
		List<String> codes = languages == null ? List.of()
				: Arrays.stream(languages.split("[,;\\s]+")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
		return new AuthorityDraft(country, kind, name, title, body, hostCountry, codes, forms, channels);
	}

	private static void form(List<FormOfAddress> forms, String language, String salutation, String addressLine) {
		if (!blank(salutation) || !blank(addressLine)) {
			forms.add(new FormOfAddress(language, salutation, addressLine));
		}
	}

	private static void channel(List<AuthorityDraft.ChannelDraft> channels, ChannelKind kind, String value, LocalDate asOf, String source) {
		if (!blank(value) || asOf != null || !blank(source)) {
			channels.add(new AuthorityDraft.ChannelDraft(kind, value, asOf, source));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The form field of a field {@link AuthorityChecks} named, so that its refusal shows beside it. */
	static String field(String checked) {
		if (checked == null) {
			return null;
		}
		String[] parts = checked.split("\\.");
		if (parts[0].equals("forms")) {
			String language = parts.length > 1 && LANGUAGES.contains(parts[1]) ? parts[1] : "en";
			String part = parts.length > 2 && parts[2].equals("addressLine") ? "addressLine" : "salutation";
			return part + Character.toUpperCase(language.charAt(0)) + language.substring(1);
		}
		if (parts[0].equals("channels")) {
			String base = parts.length > 1 ? switch (parts[1]) {
				case "FAX" -> "fax";
				case "EMAIL" -> "email";
				case "WEB_FORM" -> "webForm";
				default -> "postal";
			} : "postal";
			return parts.length < 3 || parts[2].equals("value") ? base : base + (parts[2].equals("asOf") ? "AsOf" : "Source");
		}
		return checked;
	}

	/** The refusal on its form field. */
	static Refusal onForm(Refusal refusal) {
		return refusal.field() == null ? refusal : new Refusal(refusal.rule(), field(refusal.field()), refusal.arguments(), refusal.details());
	}

	// ------------------------------------------------------------ bean properties for the form binding

	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public AuthorityKind getKind() { return kind; }
	public void setKind(AuthorityKind kind) { this.kind = kind; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public String getHostCountry() { return hostCountry; }
	public void setHostCountry(String hostCountry) { this.hostCountry = hostCountry; }
	public String getLanguages() { return languages; }
	public void setLanguages(String languages) { this.languages = languages; }
	public String getSalutationEn() { return salutationEn; }
	public void setSalutationEn(String v) { this.salutationEn = v; }
	public String getAddressLineEn() { return addressLineEn; }
	public void setAddressLineEn(String v) { this.addressLineEn = v; }
	public String getSalutationKo() { return salutationKo; }
	public void setSalutationKo(String v) { this.salutationKo = v; }
	public String getAddressLineKo() { return addressLineKo; }
	public void setAddressLineKo(String v) { this.addressLineKo = v; }
	public String getSalutationZh() { return salutationZh; }
	public void setSalutationZh(String v) { this.salutationZh = v; }
	public String getAddressLineZh() { return addressLineZh; }
	public void setAddressLineZh(String v) { this.addressLineZh = v; }
	public String getPostal() { return postal; }
	public void setPostal(String v) { this.postal = v; }
	public LocalDate getPostalAsOf() { return postalAsOf; }
	public void setPostalAsOf(LocalDate v) { this.postalAsOf = v; }
	public String getPostalSource() { return postalSource; }
	public void setPostalSource(String v) { this.postalSource = v; }
	public String getFax() { return fax; }
	public void setFax(String v) { this.fax = v; }
	public LocalDate getFaxAsOf() { return faxAsOf; }
	public void setFaxAsOf(LocalDate v) { this.faxAsOf = v; }
	public String getFaxSource() { return faxSource; }
	public void setFaxSource(String v) { this.faxSource = v; }
	public String getEmail() { return email; }
	public void setEmail(String v) { this.email = v; }
	public LocalDate getEmailAsOf() { return emailAsOf; }
	public void setEmailAsOf(LocalDate v) { this.emailAsOf = v; }
	public String getEmailSource() { return emailSource; }
	public void setEmailSource(String v) { this.emailSource = v; }
	public String getWebForm() { return webForm; }
	public void setWebForm(String v) { this.webForm = v; }
	public LocalDate getWebFormAsOf() { return webFormAsOf; }
	public void setWebFormAsOf(LocalDate v) { this.webFormAsOf = v; }
	public String getWebFormSource() { return webFormSource; }
	public void setWebFormSource(String v) { this.webFormSource = v; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
