package org.vigil.letters.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.letters.LetterDocument;
import org.vigil.letters.LetterKind;
import org.vigil.letters.Letterheads;
import org.vigil.letters.internal.LetterTemplateEngine.TemplateFailure;
import org.vigil.platform.EditRule;
import org.vigil.platform.Refusal;
import org.vigil.platform.RequestAddress;

/**
 * Administrators edit the letter templates. A template is saved only once it renders the sample
 * letter of its kind and language to a PDF: one that fails is refused with its line and reason and
 * the one in use stays. Each save is versioned (an edit made on an older version is refused) and
 * audited; Envers keeps every earlier text.
 */
@Service
class LetterTemplateEditing {

	/** Longest template accepted, in characters: a letter's layout, not a book. */
	static final int MAX_LENGTH = 100_000;

	private final LetterTemplateRepository repository;

	private final PdfLetterRenderer renderer;

	private final Letterheads letterheads;

	private final AuditLog audit;

	private final Clock clock;

	LetterTemplateEditing(LetterTemplateRepository repository, PdfLetterRenderer renderer, Letterheads letterheads, AuditLog audit,
			Optional<Clock> clock) {
		this.repository = repository;
		this.renderer = renderer;
		this.letterheads = letterheads;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * One template as an editor sees it.
	 *
	 * @param version what an edit must send back: 0 while the shipped template is in use
	 * @param edited whether the organisation's own text is in use
	 * @param updatedBy who saved it last, or {@code null} for the shipped one
	 */
	record Template(LetterKind kind, String language, String body, long version, boolean edited, String updatedBy,
			Instant updatedAt) {
	}

	/** What a preview shows: page 1 as a PNG {@code data:} URI and the page count, or why it does not render. */
	record Preview(String pageImage, int pages, Refusal refusal) {
	}

	@Transactional(readOnly = true)
	List<Template> all() {
		List<Template> all = new ArrayList<>();
		for (LetterKind kind : LetterKind.values()) {
			for (String language : LetterModel.LANGUAGES) {
				all.add(find(kind, language));
			}
		}
		return all;
	}

	@Transactional(readOnly = true)
	Template find(LetterKind kind, String language) {
		return repository.findById(LetterTemplateEntity.idOf(kind, language))
			.map(saved -> new Template(kind, language, saved.body(), saved.version() + 1, true, saved.updatedBy(), saved.updatedAt()))
			.orElseGet(() -> new Template(kind, language, TemplateSource.shipped(kind, language), 0, false, null, null));
	}

	/** Saves the template if it renders; {@code version} is the one the editor loaded. */
	@Transactional
	Optional<Refusal> save(Viewer viewer, LetterKind kind, String language, String body, long version) {
		Optional<Refusal> refusal = allowed(viewer).or(() -> checked(body))
			.or(() -> stale(kind, language, version))
			.or(() -> Optional.ofNullable(rendered(kind, language, body).refusal()));
		String recordId = LetterTemplateEntity.idOf(kind, language);
		if (refusal.isPresent()) {
			audit.record(AuditEvent.of(viewer.username(), "letter-template.changed", "letter-template", recordId, RequestAddress.current())
				.withOutcome(AuditEvent.DENIED)
				.withDetails(Map.of("refusal", refusal.get().rule().name())));
			return refusal;
		}
		LetterTemplateEntity entity = repository.findById(recordId).orElseGet(() -> new LetterTemplateEntity(kind, language));
		entity.edit(body, viewer.username(), clock.instant());
		repository.save(entity);
		audit.record(AuditEvent.of(viewer.username(), "letter-template.changed", "letter-template", recordId, RequestAddress.current())
			.withDetails(Map.of("version", Long.toString(version + 1))));
		return Optional.empty();
	}

	/** Renders the sample letter of the kind and language with the given text, without saving it. */
	Preview preview(Viewer viewer, LetterKind kind, String language, String body) {
		Optional<Refusal> refusal = allowed(viewer).or(() -> checked(body));
		return refusal.map(refused -> new Preview(null, 0, refused)).orElseGet(() -> rendered(kind, language, body));
	}

	/** The sample letter an editor previews a template of that kind and language with. */
	LetterDocument sample(LetterKind kind, String language) {
		return SampleLetter.of(kind, language, letterheads.own());
	}

	private Preview rendered(LetterKind kind, String language, String body) {
		byte[] pdf;
		try {
			pdf = renderer.pdf(body, sample(kind, language));
		}
		catch (TemplateFailure failure) {
			return new Preview(null, 0,
					Refusal.onField(LettersRefusal.LETTER_TEMPLATE_DOES_NOT_RENDER, "body", failure.line(), failure.reason())
						.with("line", failure.line()));
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 60, ImageType.RGB);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(page, "png", png);
			return new Preview("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()),
					document.getNumberOfPages(), null);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private Optional<Refusal> stale(LetterKind kind, String language, long version) {
		long current = find(kind, language).version();
		return current == version ? Optional.empty()
				: Optional.of(EditRule.stale(current, List.of("body")));
	}

	private static Optional<Refusal> allowed(Viewer viewer) {
		return viewer.has(Role.ADMINISTRATOR) ? Optional.empty()
				: Optional.of(Refusal.of(LettersRefusal.LETTER_TEMPLATE_ADMINISTRATORS_ONLY));
	}

	private static Optional<Refusal> checked(String body) {
		if (body == null || body.isBlank()) {
			return Optional.of(Refusal.onField(LettersRefusal.LETTER_TEMPLATE_REQUIRED, "body"));
		}
		if (body.length() > MAX_LENGTH) {
			return Optional.of(Refusal.onField(LettersRefusal.LETTER_TEMPLATE_TOO_LONG, "body", MAX_LENGTH));
		}
		if (body.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
			return Optional.of(Refusal.onField(LettersRefusal.LETTER_TEMPLATE_CONTROL_CHARACTERS, "body"));
		}
		return Optional.empty();
	}

}
