package org.vigil.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.FormOfAddress;

/**
 * An entry of the directory as stored. The forms of address and channels are small lists read and
 * written with the entry, kept as JSON beside it. History kept by Envers
 * ({@code directory_authorities_aud}).
 */
@Entity
@Table(name = "directory_authorities")
@Audited
class AuthorityEntity {

	@Id
	private UUID id;

	@Column(length = 2, nullable = false)
	private String country;

	@Enumerated(EnumType.STRING)
	@Column(length = 40, nullable = false)
	private AuthorityKind kind;

	@Column(length = 200)
	private String name;

	/** The kind's place in {@link AuthorityKind}, for listing heads of state first (kept in step by AuthorityKindRankTests). */
	@Formula("case kind when 'HEAD_OF_STATE' then 0 when 'HEAD_OF_GOVERNMENT' then 1 when 'MINISTRY_OF_INTERIOR' then 2 "
			+ "when 'MINISTRY_OF_PUBLIC_SECURITY' then 3 when 'MINISTRY_OF_JUSTICE' then 4 when 'MINISTRY_OF_FOREIGN_AFFAIRS' then 5 "
			+ "when 'EMBASSY' then 6 when 'PERMANENT_MISSION_GENEVA' then 7 when 'POLICE' then 8 when 'DETENTION_AUTHORITY' then 9 else 10 end")
	@NotAudited
	private int rank;

	@Column(length = 300, nullable = false)
	private String title;

	@Column(length = 300)
	private String body;

	@Column(name = "host_country", length = 2)
	private String hostCountry;

	@Convert(converter = JsonColumns.Languages.class)
	@Column(nullable = false, columnDefinition = "text")
	private List<String> languages;

	@Convert(converter = JsonColumns.Forms.class)
	@Column(nullable = false, columnDefinition = "text")
	private List<FormOfAddress> forms;

	@Convert(converter = JsonColumns.Channels.class)
	@Column(nullable = false, columnDefinition = "text")
	private List<AuthorityDraft.ChannelDraft> channels;

	@Column(name = "checked_by", length = 64)
	private String checkedBy;

	@Column(name = "checked_on")
	private LocalDate checkedOn;

	@Column(name = "retired_on")
	private LocalDate retiredOn;

	@Version
	private long version;

	protected AuthorityEntity() {
	}

	AuthorityEntity(UUID id, AuthorityDraft draft) {
		this.id = id;
		apply(draft);
	}

	/** Takes the draft's content (already checked and cleaned). */
	void apply(AuthorityDraft draft) {
		country = draft.country();
		kind = draft.kind();
		name = draft.name();
		title = draft.title();
		body = draft.body();
		hostCountry = draft.hostCountry();
		languages = List.copyOf(draft.languages());
		forms = List.copyOf(draft.formsOfAddress());
		channels = List.copyOf(draft.channels());
	}

	/** Someone checked the entry against its sources on that day. */
	void checked(String by, LocalDate on) {
		checkedBy = by;
		checkedOn = on;
	}

	/** Retired on that day, or back in use with {@code null}. */
	void retire(LocalDate on) {
		retiredOn = on;
	}

	AuthorityDraft draft() {
		return new AuthorityDraft(country, kind, name, title, body, hostCountry, languages, forms, channels);
	}

	UUID id() {
		return id;
	}

	String country() {
		return country;
	}

	String checkedBy() {
		return checkedBy;
	}

	LocalDate checkedOn() {
		return checkedOn;
	}

	LocalDate retiredOn() {
		return retiredOn;
	}

	long version() {
		return version;
	}

}
