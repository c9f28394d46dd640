package org.vigil.appeals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.appeals.AppealLetters;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.VisibleCase;
import org.vigil.letters.LetterDocument;
import org.vigil.letters.LetterDocument.Section;
import org.vigil.letters.LetterDocument.SectionKind;
import org.vigil.letters.LetterDocument.Signatory;
import org.vigil.letters.LetterKind;
import org.vigil.letters.LetterRenderer;
import org.vigil.letters.Letterheads;
import org.vigil.platform.web.Dates;

/**
 * The approved text of an appeal laid out as a letter: the organisation's letterhead, the date it
 * was approved (in the organisation's time zone), the reference — the case's, then the appeal's —
 * the addressee block as the drafter wrote it, the subject, the body's paragraphs as the request,
 * the asks as a numbered list, and the approver. The letter says only what was approved.
 */
@Component
class ApprovedLetters implements AppealLetters {

	private final AppealText text;

	private final CaseDirectory cases;

	private final Letterheads letterheads;

	private final LetterRenderer renderer;

	private final Dates dates;

	private final GeneratedAppeals generated;

	private final AppealRepository stored;

	private final AppealSignatories signatories;

	private final PartnerOrganisationRepository partners;

	private final SigningProfiles profiles;

	private final LetterPdfs pdfs;

	ApprovedLetters(AppealText text, CaseDirectory cases, Letterheads letterheads, LetterRenderer renderer, Dates dates,
			GeneratedAppeals generated, AppealRepository stored, AppealSignatories signatories, PartnerOrganisationRepository partners,
			SigningProfiles profiles, LetterPdfs pdfs) {
		this.pdfs = pdfs;
		this.generated = generated;
		this.profiles = profiles;
		this.partners = partners;
		this.stored = stored;
		this.signatories = signatories;
		this.text = text;
		this.cases = cases;
		this.letterheads = letterheads;
		this.renderer = renderer;
		this.dates = dates;
	}

	/**
	 * The letter as kept once rendered, or rendered now and kept: an approved text no longer changes,
	 * and while nothing else the PDF is made from changes (see {@link LetterRenderer#fingerprint}) the
	 * one kept is the same letter.
	 */
	@Override
	public Optional<byte[]> pdf(UUID caseId, UUID appealId) {
		return stored.findByIdAndCaseId(appealId, caseId)
			.flatMap(appeal -> pdf(appeal, cases.describe(caseId).map(VisibleCase::reference).orElse("")));
	}

	/**
	 * As {@link #pdf(UUID, UUID)}, for the appeal and its case read already (the download reads the
	 * appeal once, to check its state, and lays the letter out from the same row).
	 * @param caseReference the reference of the appeal's case
	 */
	Optional<byte[]> pdf(Appeal stored, String caseReference) {
		return ApprovedAppealsReader.approved(stored, text).map(appeal -> {
			LetterDocument letter = document(stored, appeal, caseReference);
			String fingerprint = renderer.fingerprint(letter);
			return pdfs.find(appeal.caseId(), appeal.appealId(), fingerprint).orElseGet(() -> {
				byte[] pdf = renderer.pdf(letter);
				pdfs.keep(appeal.caseId(), appeal.appealId(), fingerprint, pdf);
				return pdf;
			});
		});
	}

	/** The letter of {@code appeal}, the approved text of {@code stored}. */
	LetterDocument document(Appeal stored, ApprovedAppeal appeal, String caseReference) {
		Optional<GeneratedAppeals.LetterParts> generation = generated.letterParts(appeal.caseId(), appeal.appealId());
		List<PartnerOrganisation> joined = partnersOf(stored);
		List<Signatory> signing = new ArrayList<>(signatories(stored, appeal));
		joined.forEach(partner -> partner.signatories().forEach(s -> signing.add(new Signatory(s.name(), s.title(), partner.name(), null))));
		LetterKind kind = joined.isEmpty() ? generation.map(GeneratedAppeals.LetterParts::kind).orElse(LetterKind.URGENT_APPEAL)
				: LetterKind.JOINT_LETTER;
		return new LetterDocument(kind, appeal.language(), letterheads.own(), joined.stream().map(ApprovedLetters::organisation).toList(),
				LocalDate.ofInstant(appeal.approvedAt(), dates.organisationZone()),
				caseReference.isEmpty() ? appeal.reference() : caseReference + " – " + appeal.reference(), lines(appeal.addressee()),
				generation.map(GeneratedAppeals.LetterParts::copies).orElse(List.of()),
				generation.map(GeneratedAppeals.LetterParts::salutation).orElse(""), appeal.subject(),
				sections(appeal.body(), lines(appeal.asks())), signing);
	}

	/**
	 * The body's parts: a line such as {@code [facts]} starts the part of that kind (the template gives
	 * it its heading), the text before any such line is the request; the asks come before the closing.
	 */
	static List<Section> sections(String body, List<String> asks) {
		List<Section> sections = new ArrayList<>();
		SectionKind kind = SectionKind.REQUEST;
		StringBuilder part = new StringBuilder();
		for (String line : (body == null ? "" : body).split("\\R", -1)) {
			Optional<SectionKind> starts = sectionStartedBy(line);
			if (starts.isPresent()) {
				addPart(sections, kind, part.toString(), asks);
				kind = starts.get();
				part.setLength(0);
			}
			else {
				part.append(line).append('\n');
			}
		}
		addPart(sections, kind, part.toString(), asks);
		if (!asks.isEmpty() && sections.stream().noneMatch(s -> s.kind() == SectionKind.ASKS)) {
			sections.add(new Section(SectionKind.ASKS, List.of(), asks, List.of()));
		}
		return sections;
	}

	private static void addPart(List<Section> sections, SectionKind kind, String text, List<String> asks) {
		if (kind == SectionKind.CLOSING && !asks.isEmpty()) {
			sections.add(new Section(SectionKind.ASKS, List.of(), asks, List.of()));
		}
		List<String> paragraphs = paragraphs(text);
		if (!paragraphs.isEmpty()) {
			sections.add(new Section(kind, paragraphs, List.of(), List.of()));
		}
	}

	/** The kind of part a marker line starts ({@code [legalArgument]}), if the line is one. */
	static Optional<SectionKind> sectionStartedBy(String line) {
		String marker = line.strip();
		if (marker.length() < 3 || marker.charAt(0) != '[' || marker.charAt(marker.length() - 1) != ']') {
			return Optional.empty();
		}
		String key = marker.substring(1, marker.length() - 1);
		return Arrays.stream(SectionKind.values()).filter(k -> k.key().equals(key) && k != SectionKind.ASKS).findFirst();
	}

	/** The partner organisations of a joint appeal, in the order the drafter chose. */
	private List<PartnerOrganisation> partnersOf(Appeal stored) {
		List<UUID> ids = stored.partners();
		if (ids.isEmpty()) {
			return List.of();
		}
		List<PartnerOrganisation> found = partners.findAllById(ids);
		return ids.stream().flatMap(id -> found.stream().filter(p -> p.id().equals(id))).toList();
	}

	private static LetterDocument.Organisation organisation(PartnerOrganisation partner) {
		return new LetterDocument.Organisation(partner.name(),
				partner.logo() == null ? null : new LetterDocument.Image(partner.logoMediaType(), partner.logo()));
	}

	/** Who signs: the appeal's signatories with their titles, in order, or the second person who approved it. */
	private List<Signatory> signatories(Appeal stored, ApprovedAppeal appeal) {
		String organisation = letterheads.own().name();
		AppealContent signed = new AppealContent(appeal.addressee(), appeal.language(), appeal.subject(), appeal.asks(), appeal.body());
		List<Signatory> signing = signatories.of(stored, SignedText.digest(signed)).stream()
			.map(s -> new Signatory(s.name(), s.title(), organisation, profiles.signatureOf(s.userId()).orElse(null))).toList();
		return signing.isEmpty() ? List.of(new Signatory(appeal.approvedBy(), null, organisation, null)) : signing;
	}

	/** Paragraphs as the drafter separated them: by blank lines, each paragraph's own line breaks kept as spaces. */
	static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
			.filter(p -> !p.isEmpty()).toList();
	}

	/** Non-blank lines, stripped (an addressee block, one ask per line). */
	static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
