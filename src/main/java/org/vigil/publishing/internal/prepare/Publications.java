package org.vigil.publishing.internal.prepare;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.appeals.ApprovedAppeals;
import org.vigil.appeals.DispatchedAppeals;
import org.vigil.appeals.DraftSource;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.VisibleCase;
import org.vigil.letters.LetterKind;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.publishing.AppealReleased;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicKind;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;
import org.vigil.publishing.internal.regions.Region;
import org.vigil.publishing.internal.regions.Regions;

/**
 * Preparing, editing, releasing, correcting and withdrawing publications, for a viewer whose standing
 * on the case was checked. Every step and every refused step goes to the audit log; a text that holds
 * a protected value of the case is never handed to the public site.
 */
@Service
@Transactional
class Publications {

	private final PublicationStore store;

	private final ApprovedAppeals appeals;

	private final ObjectProvider<DispatchedAppeals> dispatched;

	private final DraftSource drafts;

	private final CaseDirectory cases;

	private final RedactionPass redaction;

	private final ProtectedValueCheck check;

	private final PublicSite site;

	private final PublicationAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Regions regions;

	Publications(PublicationStore store, ApprovedAppeals appeals, ObjectProvider<DispatchedAppeals> dispatched, DraftSource drafts,
			CaseDirectory cases, RedactionPass redaction, ProtectedValueCheck check, PublicSite site, PublicationAudit audit,
			ApplicationEventPublisher events, ObjectProvider<Clock> clocks, Regions regions) {
		this.regions = regions;
		this.store = store;
		this.appeals = appeals;
		this.dispatched = dispatched;
		this.drafts = drafts;
		this.cases = cases;
		this.redaction = redaction;
		this.check = check;
		this.site = site;
		this.audit = audit;
		this.events = events;
		this.clock = clocks.getIfUnique(Clock::systemUTC);
	}

	/** A publication of the approved, dispatched appeal, its text the letter after the redaction pass. */
	Publication prepareFromAppeal(Viewer viewer, CaseStanding standing, UUID appealId) {
		require(viewer, "publication.prepared", standing.caseId(), null, PublicationPolicy.mayWorkOn(viewer, standing));
		ApprovedAppeal appeal = appeals.find(standing.caseId(), appealId)
			.orElseThrow(() -> new NotFoundException("Appeal"));
		DispatchedAppeals letters = dispatched.getIfAvailable();
		if (letters == null || !letters.dispatched(standing.caseId(), appealId)) {
			require(viewer, "publication.prepared", standing.caseId(), null,
					Optional.of(Refusal.onField(PublicationRule.APPEAL_NOT_DISPATCHED, "appealId")));
		}
		VisibleCase visible = standing.visibleCase();
		PublicationText text = redaction.publicText(standing.caseId(), new RedactionPass.Letter(language(appeal.language()),
				appeal.subject(), appeal.asks(), appeal.body(), regionOf(visible), visible.countryOfCustody(), List.copyOf(visible.themes())));
		return prepared(viewer, standing, appealId, PublicKind.URGENT_APPEAL, text);
	}

	/** A press release drafted from the case's facts with the press-release template's wording, after the redaction pass. */
	Publication preparePressRelease(Viewer viewer, CaseStanding standing, String language) {
		require(viewer, "publication.prepared", standing.caseId(), null, PublicationPolicy.mayWorkOn(viewer, standing));
		DraftSource.Draft draft = drafts.generate(new DraftSource.DraftOrder(standing, viewer, LetterKind.PRESS_RELEASE,
				language(language), List.of(), List.of(), List.of(), null, false)); // a press release never names the people
		VisibleCase visible = standing.visibleCase();
		PublicationText text = redaction.publicText(standing.caseId(), new RedactionPass.Letter(language(language), draft.subject(),
				String.join("\n", draft.asks()), draft.body(), regionOf(visible), visible.countryOfCustody(), List.copyOf(visible.themes())));
		return prepared(viewer, standing, null, PublicKind.PRESS_RELEASE, text);
	}

	/** The area the case's country of custody lies in (UN M49, the smallest that holds it): the region a publication starts with. */
	private String regionOf(VisibleCase visible) {
		return regions.ofCountry(visible.countryOfCustody()).map(Region::code).orElse(null);
	}

	/** The regions a reviewer chooses from, each region followed by the areas it holds. */
	List<Region> regions() {
		return regions.all();
	}

	private Publication prepared(Viewer viewer, CaseStanding standing, UUID appealId, PublicKind kind, PublicationText text) {
		Publication publication = Publication.prepared(standing.caseId(), appealId, kind, text, viewer.username(), clock.instant());
		store.insert(publication);
		audit.record(viewer.username(), "publication.prepared", publication,
				appealId == null ? Map.of("kind", kind.name()) : Map.of("kind", kind.name(), "appeal", appealId.toString()));
		return publication;
	}

	/** The publication, if it is one of a case the viewer may see; otherwise it does not exist for them. */
	Found find(Viewer viewer, UUID publicationId) {
		Publication publication = store.find(publicationId).orElseThrow(() -> new NotFoundException("Publication"));
		CaseStanding standing = cases.standing(viewer, publication.caseId());
		return new Found(standing, publication);
	}

	/** A publication with the viewer's standing on its case. */
	record Found(CaseStanding standing, Publication publication) {
	}

	/** The case's appeals whose letter was dispatched, those a publication may be prepared from, the first sent first. */
	@Transactional(readOnly = true)
	List<DispatchedAppeals.Dispatched> dispatchedAppeals(UUID caseId) {
		DispatchedAppeals letters = dispatched.getIfAvailable();
		return letters == null ? List.of() : letters.dispatchedOf(caseId);
	}

	/** The publications of the case, the latest first. */
	@Transactional(readOnly = true)
	List<Publication> ofCase(UUID caseId, int limit) {
		return store.ofCase(caseId, limit);
	}

	/**
	 * The publications the viewer may see, optionally of one case and one status, the latest first. Outside a transaction:
	 * each case the viewer may not see is refused by the case registry, which must not spoil the others.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	List<Publication> list(Viewer viewer, UUID caseId, PublicationStatus status, int limit, long offset) {
		List<UUID> visible = new ArrayList<>();
		for (UUID id : caseId != null ? List.of(caseId) : store.casesWithPublications(10_000)) {
			try {
				cases.standing(viewer, id);
				visible.add(id);
			}
			catch (NotFoundException hidden) {
				// a case the viewer may not see has no publications for them
			}
		}
		return store.list(visible, status, limit, offset);
	}

	/** Saves the edited text of a draft made on {@code version}; the answer's warnings say what would refuse its release. */
	Publication edit(Viewer viewer, Found found, PublicationText text, long version) {
		Publication publication = found.publication();
		require(viewer, "publication.edited", publication, PublicationPolicy.mayEdit(viewer, found.standing(), publication));
		if (text.region() != null && regions.of(text.region()).isEmpty()) {
			require(viewer, "publication.edited", publication, Optional.of(Refusal.onField(PublicationRule.REGION_UNKNOWN, "region")));
		}
		return saved(publication.edited(text, viewer.username(), clock.instant()), version, viewer.username(), "publication.edited",
				Map.of());
	}

	/**
	 * Releases a draft checked to hold no protected value: on the public site now, or when the embargo ends. The two-person
	 * rule applies: whoever prepared or last edited it does not release it.
	 */
	Publication release(Viewer viewer, Found found, long version, Instant embargoUntil) {
		Publication publication = found.publication();
		Instant now = clock.instant();
		require(viewer, "publication.released", publication,
				PublicationPolicy.mayRelease(viewer, found.standing(), publication, embargoUntil, now));
		require(viewer, "publication.released", publication, check.refusal(publication.caseId(), publication.text(), locale()));
		stale(publication, version);
		decided(publication, embargoUntil != null ? embargoUntil : now);
		if (embargoUntil != null) {
			return saved(publication.embargoed(viewer.username(), now, embargoUntil), version, viewer.username(), "publication.embargoed",
					Map.of("until", embargoUntil.toString()));
		}
		PublicItem item = site.publish(publicText(publication, now));
		return saved(publication.published(viewer.username(), now, item, now), version, viewer.username(), "publication.released",
				Map.of("slug", item.slug()));
	}

	/** Tells follow-up that the appeal's publication was decided (only once the release commits: a refused one tells nothing). */
	private void decided(Publication publication, Instant publicFrom) {
		if (publication.appealId() != null) {
			events.publishEvent(new AppealReleased(publication.caseId(), publication.appealId(), publication.id(), publicFrom));
		}
	}

	/** Corrects a published item: a new version on the public site, the earlier ones kept; the note says what changed. */
	Publication correct(Viewer viewer, Found found, String title, String summary, String body, String note, long version) {
		Publication publication = found.publication();
		require(viewer, "publication.corrected", publication, PublicationPolicy.mayCorrect(viewer, found.standing(), publication, note));
		PublicationText text = publication.text().withWords(title, summary, body);
		require(viewer, "publication.corrected", publication, check.refusal(publication.caseId(), text, locale()));
		stale(publication, version);
		Publication corrected = publication.edited(text, viewer.username(), clock.instant());
		PublicItem item = site.correct(publication.item().slug(), publicText(corrected, publication.releasedAt()));
		return saved(corrected.corrected(text, item, note.strip(), viewer.username(), clock.instant()), version, viewer.username(),
				"publication.corrected", Map.of("slug", item.slug(), "publicVersion", Integer.toString(item.version())));
	}

	/** Withdraws a published item (its address then answers 410 Gone with the notice) or cancels an embargoed release. */
	Publication withdraw(Viewer viewer, Found found, String notice, long version) {
		Publication publication = found.publication();
		require(viewer, "publication.withdrawn", publication, PublicationPolicy.mayWithdraw(viewer, found.standing(), publication, notice));
		stale(publication, version);
		if (publication.item() != null) {
			site.withdraw(publication.item().slug(), notice.strip());
		}
		return saved(publication.withdrawn(notice.strip(), viewer.username(), clock.instant()), version, viewer.username(),
				"publication.withdrawn", Map.of());
	}

	/**
	 * Publishes every embargoed publication whose embargo has ended, checked once more (the case may have learnt a new name
	 * since); one that now holds a protected value stays embargoed, and the refusal is audited.
	 * @return how many were published
	 */
	int releaseEmbargoEnded() {
		Instant now = clock.instant();
		int published = 0;
		for (Publication publication : store.embargoEndedBy(now)) {
			if (publication.text() == null) {
				continue;
			}
			Optional<Refusal> refused = check.refusal(publication.caseId(), publication.text(), Locale.ENGLISH);
			if (refused.isPresent()) {
				audit.denied(PublicationAudit.VIGIL, "publication.released", publication.caseId(), publication.id(),
						refused.get().rule());
				continue;
			}
			PublicItem item;
			try {
				item = site.publish(publicText(publication, publication.embargoUntil()));
			}
			catch (org.vigil.platform.Refused refusedBySite) {
				audit.denied(PublicationAudit.VIGIL, "publication.released", publication.caseId(), publication.id(),
						refusedBySite.refusal().rule());
				continue;
			}
			if (store.update(publication.published(publication.releasedBy(), publication.releasedAt(), item, now))) {
				audit.record(PublicationAudit.VIGIL, "publication.released", publication,
						Map.of("slug", item.slug(), "releasedBy", publication.releasedBy()));
				published++;
			}
		}
		return published;
	}

	/** The warnings on the text as it is: what would refuse its release. */
	List<ProtectedValueCheck.Warning> warnings(Publication publication) {
		return publication.text() == null ? List.of() : check.warnings(publication.caseId(), publication.text(), locale());
	}

	private Publication saved(Publication changed, long version, String by, String action, Map<String, String> details) {
		stale(changed, version);
		if (!store.update(changed)) {
			throw EditRule.stale(store.find(changed.id()).map(Publication::version).orElse(version), List.of()).toException();
		}
		audit.record(by, action, changed, details);
		return store.find(changed.id()).orElseThrow();
	}

	private void stale(Publication publication, long version) {
		if (publication.version() != version) {
			throw EditRule.stale(publication.version(), List.of()).toException();
		}
	}

	private void require(Viewer viewer, String action, Publication publication, Optional<Refusal> refusal) {
		require(viewer, action, publication.caseId(), publication.id(), refusal);
	}

	private void require(Viewer viewer, String action, UUID caseId, UUID publicationId, Optional<Refusal> refusal) {
		if (refusal.isPresent()) {
			audit.denied(viewer.username(), action, caseId, publicationId, refusal.get().rule());
			throw refusal.get().toException();
		}
	}

	private static PublicText publicText(Publication publication, Instant releasedAt) {
		PublicationText text = publication.text();
		return new PublicText(publication.id(), publication.kind(), text.title(), text.summary(), text.body(), text.language(),
				text.region(), text.countryCode(), text.themes(), releasedAt);
	}

	private static String language(String tag) {
		String language = tag == null ? "en" : Locale.forLanguageTag(tag).getLanguage();
		return List.of("en", "ko", "zh").contains(language) ? language : "en";
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
