package org.vigil.appeals.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The appeal form as typed. */
class AppealForm {

	@NotBlank
	@Size(max = 2000)
	private String addressee;

	@NotBlank
	@Size(max = 35)
	@Pattern(regexp = AppealContent.LANGUAGE_TAG, message = "{appeal.languageInvalid}")
	private String language = "en";

	@NotBlank
	@Size(max = 300)
	private String subject;

	@Size(max = 10000)
	private String asks;

	@Size(max = 100000)
	private String body;

	private Long version;

	/** Who signs, as chosen; none: a second person approves it. */
	private List<UUID> signatoryIds = new ArrayList<>();

	/** The partner organisations of a joint appeal, as chosen. */
	private List<UUID> partnerIds = new ArrayList<>();

	static AppealForm of(AppealView appeal) {
		AppealForm form = new AppealForm();
		AppealContent content = appeal.content();
		form.addressee = content.addressee();
		form.language = content.language();
		form.subject = content.subject();
		form.asks = content.asks();
		form.body = content.body();
		form.version = appeal.version();
		form.signatoryIds = new ArrayList<>(appeal.signatoryIds());
		form.partnerIds = new ArrayList<>(appeal.partnerIds());
		return form;
	}

	AppealContent content() {
		return AppealContent.typed(addressee, language, subject, asks, body);
	}

	public String getAddressee() { return addressee; }
	public void setAddressee(String addressee) { this.addressee = addressee; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
	public String getSubject() { return subject; }
	public void setSubject(String subject) { this.subject = subject; }
	public String getAsks() { return asks; }
	public void setAsks(String asks) { this.asks = asks; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public List<UUID> getSignatoryIds() { return signatoryIds; }
	public void setSignatoryIds(List<UUID> signatoryIds) { this.signatoryIds = signatoryIds == null ? new ArrayList<>() : signatoryIds; }
	public List<UUID> getPartnerIds() { return partnerIds; }
	public void setPartnerIds(List<UUID> partnerIds) { this.partnerIds = partnerIds == null ? new ArrayList<>() : partnerIds; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
