package org.vigil.law.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import org.vigil.law.RiskProfile;
import org.vigil.platform.Refusal;

/** A risk claim as the edit page sends it: text fields, checked here rather than bound, so that bad input is a message, not an error. */
class ClaimForm {

	private String group;

	private String text;

	private String citation;

	private boolean verified;

	private String reviewedOn;

	private Long version;

	static ClaimForm of(RiskProfile.Claim claim) {
		ClaimForm form = new ClaimForm();
		form.group = claim.group().name();
		form.text = claim.text();
		form.citation = claim.citation();
		form.verified = claim.verified();
		form.reviewedOn = claim.reviewedOn().toString();
		form.version = claim.version();
		return form;
	}

	static ClaimForm blank(LocalDate today) {
		ClaimForm form = new ClaimForm();
		form.group = RiskProfile.Claim.Group.FACES.name();
		form.reviewedOn = today.toString();
		return form;
	}

	/** The edit, or why the form cannot give one. */
	Optional<Refusal> problem() {
		if (Arrays.stream(RiskProfile.Claim.Group.values()).noneMatch(g -> g.name().equals(group))) {
			return Optional.of(Refusal.onField(LawRefusal.LAW_VALUE_NOT_OFFERED, "group"));
		}
		if (reviewedOn() == null) {
			return Optional.of(Refusal.onField(LawRefusal.LAW_DATE_OUT_OF_RANGE, "reviewedOn", TextChecks.EARLIEST.toString(),
					LocalDate.now().toString()));
		}
		return Optional.empty();
	}

	RiskClaimEntity.ClaimEdit edit() {
		return new RiskClaimEntity.ClaimEdit(RiskProfile.Claim.Group.valueOf(group), text, citation, verified, reviewedOn());
	}

	private LocalDate reviewedOn() {
		try {
			return reviewedOn == null || reviewedOn.length() != 10 ? null : LocalDate.parse(reviewedOn);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public String getGroup() {
		return group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getCitation() {
		return citation;
	}

	public void setCitation(String citation) {
		this.citation = citation;
	}

	public boolean isVerified() {
		return verified;
	}

	public void setVerified(boolean verified) {
		this.verified = verified;
	}

	public String getReviewedOn() {
		return reviewedOn;
	}

	public void setReviewedOn(String reviewedOn) {
		this.reviewedOn = reviewedOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
