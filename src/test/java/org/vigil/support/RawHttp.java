package org.vigil.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request to the running server byte for byte, as written — a malformed percent-encoding,
 * a multipart body without its boundary or cut short — which no well-behaved HTTP client would
 * send, and reads the answer. For what happens in the servlet container before Spring, which
 * MockMvc does not go through.
 */
public final class RawHttp {

	/** An answer: its status, headers (names in lower case, the last of each) and body. */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	private RawHttp() {
	}

	/**
	 * Sends {@code head} (the request line and headers, without the blank line) and {@code body};
	 * adds {@code Host}, {@code Connection: close} and, unless the head sets it, the body's
	 * {@code Content-Length}.
	 */
	public static Answer send(int port, String head, byte[] body) throws IOException {
		StringBuilder request = new StringBuilder(head.strip()).append("\r\nHost: localhost:").append(port).append("\r\nConnection: close\r\n");
		if (!head.toLowerCase(Locale.ROOT).contains("content-length:") && body.length > 0) {
			request.append("Content-Length: ").append(body.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			socket.shutdownOutput();
			return parse(socket.getInputStream());
		}
	}

	public static Answer send(int port, String head) throws IOException {
		return send(port, head, new byte[0]);
	}

	private static Answer parse(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
		String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
		byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
			}
		}
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
		int at = 0;
		while (at < body.length) {
			int lineEnd = indexOf(body, crlf, at);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
			if (size == 0) {
				break;
			}
			out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
			at = lineEnd + 2 + size + 2;
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		for (int i = from; i <= data.length - pattern.length; i++) {
			if (java.util.Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
				return i;
			}
		}
		return -1;
	}

}
