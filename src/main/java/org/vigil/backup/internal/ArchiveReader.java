package org.vigil.backup.internal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.List;

import org.vigil.backup.internal.ArchiveWriter.EntryKind;

/**
 * Reads what {@link ArchiveWriter} wrote, trusting nothing: a malformed or cut-short archive is
 * refused with a {@link BackupRejected}, chunk sizes are bounded so a hostile length cannot make
 * it allocate without limit, and an archive without its end mark is incomplete.
 */
class ArchiveReader {

	/** More attributes than any entry Vigil writes (a table's columns) could ever have. */
	private static final int MAX_ATTRIBUTES = 1600;

	private final DataInputStream in;

	private ChunkedInputStream open;

	private boolean ended;

	ArchiveReader(InputStream in) {
		this.in = new DataInputStream(in);
		String format = readUtf("the format mark");
		if (!ArchiveWriter.FORMAT.equals(format)) {
			throw new BackupRejected("The archive's contents are in an unknown format; is it from a newer Vigil?");
		}
	}

	/** The next entry, or {@code null} after the end mark. Reading it skips what is left of the previous body. */
	Entry next() {
		if (ended) {
			return null;
		}
		if (open != null) {
			open.drain();
		}
		EntryKind kind = kind(readUtf("an entry"));
		if (kind == EntryKind.END) {
			ended = true;
			return null;
		}
		String name = readUtf("an entry name");
		int count = readUnsignedShort();
		if (count > MAX_ATTRIBUTES) {
			throw corrupt("an entry with " + count + " attributes");
		}
		List<String> attributes = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			attributes.add(readUtf("an attribute"));
		}
		open = new ChunkedInputStream();
		return new Entry(kind, name, List.copyOf(attributes), open);
	}

	/** One entry; {@code body} reads its content and ends (returns -1) where the entry ends. */
	record Entry(EntryKind kind, String name, List<String> attributes, InputStream body) {
	}

	private static EntryKind kind(String word) {
		for (EntryKind kind : EntryKind.values()) {
			if (kind.name().equals(word)) {
				return kind;
			}
		}
		throw corrupt("an unknown entry kind");
	}

	private String readUtf(String what) {
		try {
			return in.readUTF();
		}
		catch (EOFException ex) {
			throw new BackupRejected("The archive is cut short (it ends inside " + what + ")", ex);
		}
		catch (UTFDataFormatException ex) {
			throw corrupt("malformed text in " + what);
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private int readUnsignedShort() {
		try {
			return in.readUnsignedShort();
		}
		catch (EOFException ex) {
			throw new BackupRejected("The archive is cut short", ex);
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private static BackupRejected corrupt(String what) {
		return new BackupRejected("The archive is damaged: " + what);
	}

	/**
	 * Errors from the decrypting stream below (a wrong key, an altered or truncated ciphertext)
	 * arrive as IOExceptions; they all mean the archive cannot be trusted.
	 */
	static BackupRejected unreadable(IOException ex) {
		return new BackupRejected("The archive cannot be read: it is damaged, cut short, or was made with another backup key ("
				+ ex.getMessage() + ")", ex);
	}

	private final class ChunkedInputStream extends InputStream {

		private int left;

		private boolean done;

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			if (left == 0 && !nextChunk()) {
				return -1;
			}
			int n = in.read(bytes, offset, Math.min(length, left));
			if (n < 0) {
				throw new BackupRejected("The archive is cut short (inside an entry)");
			}
			left -= n;
			return n;
		}

		private boolean nextChunk() throws IOException {
			if (done) {
				return false;
			}
			int size;
			try {
				size = in.readInt();
			}
			catch (EOFException ex) {
				throw new BackupRejected("The archive is cut short (inside an entry)", ex);
			}
			if (size < 0 || size > ArchiveWriter.CHUNK) {
				throw corrupt("a chunk of " + size + " bytes");
			}
			if (size == 0) {
				done = true;
				return false;
			}
			left = size;
			return true;
		}

		void drain() {
			try {
				byte[] skip = new byte[8192];
				while (read(skip, 0, skip.length) >= 0) {
					// discard the rest of the body
				}
			}
			catch (IOException ex) {
				throw unreadable(ex);
			}
		}

	}

}
