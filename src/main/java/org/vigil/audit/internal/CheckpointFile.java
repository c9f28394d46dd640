package org.vigil.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A checkpoint exported to a place outside Vigil's reach (another machine, a printout, an
 * email to the board), with the public key that signed it. Kept there, it proves how far the
 * log had grown even if the database and its stored checkpoints are later rewritten.
 */
record CheckpointFile(String format, long entryId, String hash, String at, String signature, String publicKeyset) {

	static final String FORMAT = "vigil-audit-checkpoint/1";

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static CheckpointFile of(Checkpoint checkpoint, String publicKeyset) {
		return new CheckpointFile(FORMAT, checkpoint.entryId(), checkpoint.hash(), checkpoint.at().toString(),
				Base64.getEncoder().encodeToString(checkpoint.signature()), publicKeyset);
	}

	Checkpoint checkpoint() {
		return new Checkpoint(entryId, hash, Instant.parse(at), Base64.getDecoder().decode(signature));
	}

	/** Whether the file's signature matches its content under the public key it carries. */
	boolean isSelfConsistent() {
		Checkpoint checkpoint = checkpoint();
		return CheckpointSigner.verify(publicKeyset, checkpoint.signature(), checkpoint.signedBytes());
	}

	void write(Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the checkpoint to " + file, ex);
		}
	}

	/**
	 * Reads a checkpoint file, which comes from outside and may have been altered: anything that
	 * is not a complete, well-formed checkpoint is refused with an {@link IllegalArgumentException}
	 * saying so, rather than failing later in the middle of a verification.
	 */
	static CheckpointFile read(Path file) {
		String content;
		try {
			content = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the checkpoint " + file, ex);
		}
		CheckpointFile read;
		try {
			read = JSON.readValue(content, CheckpointFile.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(file + " is not a Vigil audit checkpoint (not readable as one)");
		}
		if (read == null || !FORMAT.equals(read.format())) {
			throw new IllegalArgumentException(file + " is not a Vigil audit checkpoint");
		}
		read.requireWellFormed(file);
		return read;
	}

	private void requireWellFormed(Path file) {
		String problem = null;
		if (entryId < 0) {
			problem = "a negative entry id";
		}
		else if (hash == null || !HASH.matcher(hash).matches()) {
			problem = "no valid hash";
		}
		else if (signature == null || publicKeyset == null) {
			problem = "no signature or no public key";
		}
		else {
			try {
				Instant.parse(at == null ? "" : at);
				Base64.getDecoder().decode(signature);
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				problem = "a malformed time or signature";
			}
		}
		if (problem != null) {
			throw new IllegalArgumentException("The audit checkpoint " + file + " is damaged: it has " + problem);
		}
	}

}
