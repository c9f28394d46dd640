package org.vigil.appeals.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.RequestAddress;

/**
 * The partner organisations of joint appeals, kept by administrators: everyone signed in reads
 * them to choose the partners of an appeal. Each change is audited (the partner's id and what
 * changed, never a logo).
 */
@Service
@Transactional
class PartnerOrganisations {

	/** Most partners one letter names besides the organisation. */
	static final int MAX_PER_APPEAL = 5;

	/** Most signatories one partner lists. */
	static final int MAX_SIGNATORIES = 10;

	/** A partner as given: {@code logo} {@code null} keeps the one there is. */
	record Entry(String name, String description, List<PartnerOrganisation.Signatory> signatories, byte[] logo) {
	}

	private final PartnerOrganisationRepository partners;

	private final AuditLog audit;

	PartnerOrganisations(PartnerOrganisationRepository partners, AuditLog audit) {
		this.partners = partners;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<PartnerOrganisation> all() {
		return partners.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	PartnerOrganisation find(UUID id) {
		return partners.findById(id).orElseThrow(() -> new NotFoundException("Partner organisation"));
	}

	/**
	 * Adds a partner ({@code id} {@code null}) or changes one.
	 * @throws org.vigil.platform.Refused when the viewer is not an administrator or the logo is not a small PNG or JPEG
	 */
	PartnerOrganisation save(Viewer viewer, UUID id, Entry entry) {
		if (!viewer.has(Role.ADMINISTRATOR)) {
			throw Refusal.of(PartnerRule.NOT_ADMINISTRATOR).toException();
		}
		if (entry.logo() != null) {
			LetterImages.refusal("logo", entry.logo(), PartnerRule.LOGO_TOO_LARGE, PartnerRule.LOGO_NOT_AN_IMAGE).ifPresent(refusal -> {
				throw refusal.toException();
			});
		}
		PartnerOrganisation partner = id == null ? new PartnerOrganisation(UUID.randomUUID()) : find(id);
		partner.change(entry.name().strip(), entry.description() == null || entry.description().isBlank() ? null : entry.description().strip(),
				entry.signatories(), viewer.username());
		if (entry.logo() != null) {
			partner.showLogo(LetterImages.mediaTypeOf(entry.logo()).orElseThrow(), entry.logo());
		}
		partners.saveAndFlush(partner);
		audit.record(AuditEvent.of(viewer.username(), id == null ? "partner.added" : "partner.changed", "partner", partner.id(),
				RequestAddress.current()).withDetails(Map.of("signatories", String.valueOf(entry.signatories().size()),
						"logo", String.valueOf(entry.logo() != null))));
		return partner;
	}

	private static final ChosenIds CHOICE = new ChosenIds("partnerIds", MAX_PER_APPEAL, PartnerRule.TOO_MANY_PARTNERS,
			PartnerRule.PARTNER_UNKNOWN, PartnerRule.PARTNER_REPEATED);

	/** Why these cannot be an appeal's partners, naming the entry ({@code partnerIds[i]}); empty when they can. */
	@Transactional(readOnly = true)
	Optional<Refusal> refusal(List<UUID> partnerIds) {
		return CHOICE.refusal(partnerIds, partners::existsById);
	}

}
