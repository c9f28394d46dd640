package org.vigil.backup.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the plaintext inside a backup archive: a sequence of entries, each a kind, a name, a
 * list of attributes and a body of length-prefixed chunks ending with an empty chunk. Chunking
 * lets a table of any size stream straight from {@code COPY} without being held in memory.
 */
class ArchiveWriter {

	static final String FORMAT = "vigil-backup-contents 1";

	static final int CHUNK = 64 * 1024;

	private final DataOutputStream out;

	ArchiveWriter(OutputStream out) throws IOException {
		this.out = new DataOutputStream(out);
		this.out.writeUTF(FORMAT);
	}

	/** Starts an entry; write its body to the returned stream and close it before the next entry. */
	OutputStream entry(EntryKind kind, String name, List<String> attributes) throws IOException {
		out.writeUTF(kind.name());
		out.writeUTF(name);
		out.writeShort(attributes.size());
		for (String attribute : attributes) {
			out.writeUTF(attribute);
		}
		return new ChunkedOutputStream(out);
	}

	/** Marks the archive complete; a reader refuses one without this mark. */
	void finish() throws IOException {
		out.writeUTF(EntryKind.END.name());
		out.flush();
	}

	enum EntryKind {
		MANIFEST, TABLE, SEQUENCES, FILE, END
	}

	/** Buffers the body and writes it as chunks; closing writes the terminating empty chunk only. */
	private static final class ChunkedOutputStream extends OutputStream {

		private final DataOutputStream out;

		private final byte[] buffer = new byte[CHUNK];

		private int used;

		private boolean closed;

		ChunkedOutputStream(DataOutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			while (length > 0) {
				int n = Math.min(length, buffer.length - used);
				System.arraycopy(bytes, offset, buffer, used, n);
				used += n;
				offset += n;
				length -= n;
				if (used == buffer.length) {
					flushChunk();
				}
			}
		}

		private void flushChunk() throws IOException {
			if (used > 0) {
				out.writeInt(used);
				out.write(buffer, 0, used);
				used = 0;
			}
		}

		@Override
		public void close() throws IOException {
			if (!closed) {
				closed = true;
				flushChunk();
				out.writeInt(0);
			}
		}

	}

}
