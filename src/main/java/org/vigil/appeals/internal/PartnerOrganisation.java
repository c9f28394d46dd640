package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner organisation that signs joint appeals with the organisation: its name, a line of
 * description, its logo (PNG or JPEG, checked on upload) and its own signatories as printed.
 * Nothing about a case is kept here.
 */
@Entity
@Table(name = "partner_organisations")
class PartnerOrganisation {

	/** A signatory of the partner, as printed under the letter's closing. */
	@Embeddable
	record Signatory(@Column(name = "name", nullable = false, length = 200) String name,
			@Column(name = "title", nullable = false, length = 200) String title) {
	}

	@Id
	private UUID id;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 500)
	private String description;

	@Column(length = 20)
	private String logoMediaType;

	private byte[] logo;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_signatories", joinColumns = @JoinColumn(name = "partner_id"))
	@OrderColumn(name = "position")
	private List<Signatory> signatories = new ArrayList<>();

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Version
	private Long version;

	protected PartnerOrganisation() {
	}

	PartnerOrganisation(UUID id) {
		this.id = id;
	}

	void change(String name, String description, List<Signatory> signatories, String by) {
		this.name = name;
		this.description = description;
		this.signatories.clear();
		this.signatories.addAll(signatories);
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	/** @param mediaType {@code image/png} or {@code image/jpeg}, checked by {@link LetterImages} */
	void showLogo(String mediaType, byte[] image) {
		this.logoMediaType = mediaType;
		this.logo = image.clone();
	}

	// Public for the pages that list partners (the templates read them).
	public UUID id() { return id; }
	public String name() { return name; }
	public String description() { return description; }
	public String logoMediaType() { return logoMediaType; }
	byte[] logo() { return logo == null ? null : logo.clone(); }
	public List<Signatory> signatories() { return List.copyOf(signatories); }
	long version() { return version == null ? 0 : version; }

}
