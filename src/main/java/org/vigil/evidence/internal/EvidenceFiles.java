package org.vigil.evidence.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.validation.AcceptedText;
import org.vigil.vault.FieldCipher;
import org.vigil.vault.KeyDestroyedException;

/**
 * Evidence files of a case: uploading, listing and downloading. The content is encrypted with the
 * case's data key (record type {@code evidence}, the file's id, field {@code content}) before it
 * touches the disk, and so are the name and the description; purging the case makes all three
 * unreadable, in backups too. A file's name is an identity like a person's: it is listed, and the
 * file downloaded, only while the identities of the case are revealed to the viewer. Every upload
 * and download is in the audit log, by file id — never by name.
 */
@Service
@Transactional
class EvidenceFiles {

	static final String RECORD_TYPE = "evidence";

	static final int MAX_MEGABYTES = 25;

	/** Also the servlet's multipart limit ({@code spring.servlet.multipart.max-file-size}). */
	static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

	static final int MAX_NAME = 255;

	static final int MAX_DESCRIPTION = 2000;

	/** A file as it arrived: the name and media type as the uploader's browser sent them. */
	record Upload(String originalName, String declaredMediaType, long size, byte[] content, String description) {

		/** A multipart upload; {@code null} content when no file part came. */
		static Upload of(MultipartFile file, String description) throws IOException {
			if (file == null) {
				return new Upload(null, null, 0, null, description);
			}
			// Refuse before reading a file past the limit into memory (the servlet limit catches most).
			byte[] content = file.getSize() > MAX_BYTES ? new byte[0] : file.getBytes();
			return new Upload(file.getOriginalFilename(), file.getContentType(), file.getSize(), content, description);
		}

	}

	/** What became of an upload: stored, or refused by one of the {@link EvidenceRule}s. */
	sealed interface Uploaded permits Stored, Rejected {
	}

	record Stored(UUID fileId) implements Uploaded {
	}

	record Rejected(Refusal refusal) implements Uploaded {
	}

	/**
	 * What a download finds: the file, or why it is withheld — the identities are not revealed to
	 * the viewer ({@link EvidenceRule#IDENTITIES_NOT_REVEALED}), or the file was destroyed with the
	 * case's key ({@link EvidenceRule#FILE_DESTROYED}). A value rather than an exception, so that the
	 * refused read stays in the audit log.
	 */
	sealed interface Retrieval permits Content, Withheld {
	}

	record Content(String name, byte[] bytes) implements Retrieval {
	}

	record Withheld(Refusal refusal) implements Retrieval {
	}

	private final EvidenceFileRepository files;

	private final EvidenceStore store;

	private final FieldCipher cipher;

	private final EvidenceAudit audit;

	EvidenceFiles(EvidenceFileRepository files, EvidenceStore store, FieldCipher cipher, EvidenceAudit audit) {
		this.files = files;
		this.store = store;
		this.cipher = cipher;
		this.audit = audit;
	}

	/** Researchers who may change the case upload; nobody uploads into a purged case. */
	Uploaded upload(Viewer viewer, CaseStanding standing, Upload upload) {
		if (!standing.mayChange()) {
			throw new AccessDeniedException("Uploading evidence files takes the researcher role.");
		}
		UUID caseId = standing.caseId();
		Refusal rejection = check(standing, upload);
		if (rejection != null) {
			return new Rejected(rejection);
		}
		UUID fileId = UUID.randomUUID();
		String name = fileName(upload.originalName());
		String description = blankToNull(upload.description());
		byte[] sealedContent;
		try {
			sealedContent = cipher.encryptBytes(caseId, RECORD_TYPE, fileId, "content", upload.content());
		}
		catch (KeyDestroyedException purgedMeanwhile) {
			return new Rejected(Refusal.of(EvidenceRule.CASE_PURGED));
		}
		files.saveAndFlush(new EvidenceFile(fileId, caseId, cipher.encrypt(caseId, RECORD_TYPE, fileId, "name", name),
				mediaType(upload.declaredMediaType()), upload.content().length,
				cipher.encrypt(caseId, RECORD_TYPE, fileId, "description", description), viewer.username()));
		// Written last, inside the transaction: if writing fails, the row is rolled back. A commit
		// failing after the write leaves an orphan file behind, which is encrypted and never listed.
		store.write(caseId, fileId, sealedContent);
		audit.record(viewer, "evidence.uploaded", caseId,
				Map.of("file", fileId.toString(), "bytes", String.valueOf(upload.content().length)));
		return new Stored(fileId);
	}

	/** Whether the viewer may upload to the case at all (the page offers the form only then). */
	static boolean mayUpload(CaseStanding standing) {
		return standing.mayChange() && !standing.purged();
	}

	/** Whoever sees the case sees its files; their names only with the identities revealed. */
	List<EvidenceView> list(Viewer viewer, CaseStanding standing) {
		List<EvidenceFile> found = files.findByCaseIdOrderByUploadedAtAscIdAsc(standing.caseId());
		boolean revealed = standing.mayReadIdentities();
		if (revealed && !found.isEmpty()) {
			audit.record(viewer, "identity.read", standing.caseId(), Map.of("records", String.valueOf(found.size())));
		}
		List<EvidenceView> views = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			views.add(view(found.get(i), i + 1, revealed));
		}
		return views;
	}

	/** The file's name and content, for a viewer to whom the identities of the case are revealed. */
	Retrieval download(Viewer viewer, CaseStanding standing, UUID fileId) {
		UUID caseId = standing.caseId();
		EvidenceFile file = files.findByIdAndCaseId(fileId, caseId).orElseThrow(() -> new NotFoundException("Evidence file"));
		if (standing.purged()) {
			audit.denied(viewer, "evidence.read", caseId, "case purged: file " + fileId);
			return new Withheld(Refusal.of(EvidenceRule.FILE_DESTROYED));
		}
		if (!standing.mayReadIdentities()) {
			audit.denied(viewer, "evidence.read", caseId, "identities not revealed: file " + fileId);
			return new Withheld(Refusal.of(EvidenceRule.IDENTITIES_NOT_REVEALED));
		}
		try {
			String name = cipher.decrypt(caseId, RECORD_TYPE, fileId, "name", file.sealedName());
			byte[] content = cipher.decryptBytes(caseId, RECORD_TYPE, fileId, "content", store.read(caseId, fileId));
			audit.record(viewer, "evidence.read", caseId, Map.of("file", fileId.toString()));
			return new Content(name, content);
		}
		catch (KeyDestroyedException purgedMeanwhile) {
			return new Withheld(Refusal.of(EvidenceRule.FILE_DESTROYED));
		}
	}

	private EvidenceView view(EvidenceFile file, int number, boolean revealed) {
		String name = null;
		String description = null;
		boolean purged = false;
		if (revealed) {
			try {
				name = cipher.decrypt(file.caseId(), RECORD_TYPE, file.id(), "name", file.sealedName());
				description = cipher.decrypt(file.caseId(), RECORD_TYPE, file.id(), "description", file.sealedDescription());
			}
			catch (KeyDestroyedException gone) {
				purged = true;
			}
		}
		return new EvidenceView(file.id(), file.caseId(), number, name, description, file.mediaType(), file.sizeBytes(),
				file.uploadedBy(), file.uploadedAt(), !revealed, purged);
	}

	private static Refusal check(CaseStanding standing, Upload upload) {
		if (standing.purged()) {
			return Refusal.of(EvidenceRule.CASE_PURGED);
		}
		if (upload == null || upload.content() == null) {
			return Refusal.onField(EvidenceRule.NO_FILE, "file");
		}
		if (upload.size() > MAX_BYTES || upload.content().length > MAX_BYTES) {
			return Refusal.onField(EvidenceRule.TOO_LARGE, "file", MAX_MEGABYTES);
		}
		if (upload.content().length == 0) {
			return Refusal.onField(EvidenceRule.EMPTY, "file");
		}
		Refusal spoofing = AcceptedText.checkName("file", withoutFolder(upload.originalName())).orElse(null);
		if (spoofing != null) {
			return spoofing;
		}
		String name = fileName(upload.originalName());
		if (name == null) {
			return Refusal.onField(EvidenceRule.NO_NAME, "file");
		}
		if (name.codePointCount(0, name.length()) > MAX_NAME) {
			return Refusal.onField(EvidenceRule.NAME_TOO_LONG, "file");
		}
		String description = blankToNull(upload.description());
		if (description != null && description.length() > MAX_DESCRIPTION) {
			return Refusal.onField(EvidenceRule.DESCRIPTION_TOO_LONG, "description");
		}
		return null;
	}

	/**
	 * The name without any folder a browser may have sent along ({@code C:\Users\…\photo.jpg}),
	 * normalised as all text is ({@link AcceptedText}); {@code null} when nothing is left. A name
	 * with control or direction-changing characters was refused before ({@link #check}): a name
	 * such as {@code photo\u202Egpj.exe} shows as {@code photoexe.jpg} and could trick whoever
	 * downloads it into running a program.
	 */
	static String fileName(String original) {
		String last = withoutFolder(original);
		return last == null ? null : blankToNull(AcceptedText.normalise(last.replaceAll("\\p{Cntrl}", "")));
	}

	private static String withoutFolder(String original) {
		return original == null ? null : original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
	}

	/** The declared type reduced to {@code type/subtype}; anything unparseable is {@code application/octet-stream}. */
	static String mediaType(String declared) {
		if (declared == null || declared.isBlank() || declared.length() > 255) {
			return MediaType.APPLICATION_OCTET_STREAM_VALUE;
		}
		try {
			// Parameters (a charset, say) are dropped: the type is shown, never used to serve the file.
			MediaType type = MediaType.parseMediaType(declared.split(";", 2)[0]);
			return type.isConcrete() ? type.getType() + "/" + type.getSubtype() : MediaType.APPLICATION_OCTET_STREAM_VALUE;
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM_VALUE;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
