package org.vigil.platform;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The running server's door for operator commands: a Unix-domain socket inside the Vigil home
 * ({@code run/commands.socket}, in a folder only Vigil's account may enter, the socket itself
 * owner-only), through which the server runs a command with the beans it already has, instead of
 * the command starting the data layer in a JVM of its own (seconds, against a fraction of one).
 * The server answers only its own account (the peer's credentials, as the kernel gives them), and
 * runs the command exactly as the shell would: same parsing, same checks, same audit entries.
 *
 * <p>This class is both ends' vocabulary and the shell's end ({@link #forward}); the server's is
 * {@link CommandChannelServer}. One request per connection: the command's words; then the server
 * sends what the command prints, asks for a line of standard input when it reads one (a password
 * given with {@code --password-stdin}: it travels only over the socket), and ends with the exit
 * code — or with {@link #ELSEWHERE} for a command it leaves to the shell (one naming a file, which
 * the shell's working directory locates, or one such as {@code restore} that needs the server stopped).
 */
final class CommandChannel {

	static final String GREETING = "vigil-command/1";

	/** Server to shell: what the command printed to its standard output. */
	static final byte OUT = 'O';

	/** Server to shell: what it printed to its standard error. */
	static final byte ERR = 'E';

	/** Server to shell: the command reads a line of standard input; the shell answers {@link #LINE} or {@link #END}. */
	static final byte READ = 'I';

	/** Server to shell: the command ended; its exit code follows. */
	static final byte EXIT = 'X';

	/** Server to shell: run this command yourself. */
	static final byte ELSEWHERE = 'L';

	/** Shell to server: a line of standard input follows. */
	static final byte LINE = 1;

	/** Shell to server: standard input has ended. */
	static final byte END = 0;

	/** Longest socket path the kernel accepts (sun_path holds 108 bytes with its terminating zero). */
	private static final int LONGEST_PATH = 107;

	private CommandChannel() {
	}

	/** Where a server serving {@code home} listens, when the path is short enough for a socket. */
	static Optional<Path> socket(Path home) {
		Path socket = home.toAbsolutePath().normalize().resolve("run").resolve("commands.socket");
		return socket.toString().getBytes(StandardCharsets.UTF_8).length <= LONGEST_PATH ? Optional.of(socket) : Optional.empty();
	}

	/**
	 * Runs the command through the server serving this shell's Vigil home, when one does: answers
	 * its exit code, or empty when the shell runs it itself — no server, a command the server leaves
	 * to the shell, or settings on the command line other than the home (a command told to use another
	 * database must not run on the server's).
	 */
	static Optional<Integer> forward(String[] args, Map<String, String> environment, InputStream in, PrintStream out, PrintStream err) {
		List<String> words = new ArrayList<>();
		String home = null;
		for (String arg : args) {
			if (!Launcher.isSetting(arg)) {
				words.add(arg);
			}
			else if (arg.startsWith("--vigil.home=")) {
				home = arg.substring("--vigil.home=".length());
			}
			else {
				return Optional.empty();
			}
		}
		Optional<Path> socket = socket(Path.of(home != null ? home : home(environment)));
		if (socket.isEmpty() || !Files.exists(socket.get())) {
			return Optional.empty();
		}
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(socket.get()));
			return converse(channel, words, in, out, err);
		}
		catch (IOException ex) {
			// A socket left by a server that was killed: nobody answers, the shell runs the command.
			return Optional.empty();
		}
	}

	private static Optional<Integer> converse(SocketChannel channel, List<String> words, InputStream in, PrintStream out,
			PrintStream err) throws IOException {
		DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
		DataInputStream answer = new DataInputStream(Channels.newInputStream(channel));
		request.writeUTF(GREETING);
		request.writeInt(words.size());
		for (String word : words) {
			writeText(request, word);
		}
		request.flush();
		BufferedReader input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		boolean started = false;
		try {
			while (true) {
				byte kind = answer.readByte();
				switch (kind) {
					case OUT -> print(out, readText(answer));
					case ERR -> print(err, readText(answer));
					case READ -> {
						String line = input.readLine();
						if (line == null) {
							request.writeByte(END);
						}
						else {
							request.writeByte(LINE);
							writeText(request, line);
						}
						request.flush();
					}
					case EXIT -> {
						return Optional.of(answer.readInt());
					}
					case ELSEWHERE -> {
						return Optional.empty();
					}
					default -> throw new IOException("unexpected answer " + kind);
				}
				started = true;
			}
		}
		catch (IOException ex) {
			if (!started) {
				throw ex;
			}
			err.println("The server stopped answering while it ran the command (" + ex.getMessage()
					+ "); its log (logs/vigil.log in the Vigil home) says whether the command was done.");
			return Optional.of(1);
		}
	}

	private static void print(PrintStream stream, String text) {
		stream.print(text);
		stream.flush();
	}

	/** Text of any length (writeUTF stops at 64 KB). */
	static void writeText(DataOutputStream stream, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		stream.writeInt(bytes.length);
		stream.write(bytes);
	}

	static String readText(DataInputStream stream) throws IOException {
		int length = stream.readInt();
		if (length < 0 || length > 16 * 1024 * 1024) {
			throw new IOException("text of " + length + " bytes");
		}
		return new String(stream.readNBytes(length), StandardCharsets.UTF_8);
	}

	/**
	 * The home as the application would find it, without starting it: {@code -Dvigil.home},
	 * {@code VIGIL_HOME}, an {@code application.properties} in the working directory (or its
	 * {@code config} folder), else {@code vigil-data}. A home that the shell gets wrong only means that
	 * it finds no socket, and runs the command itself.
	 */
	static String home(Map<String, String> environment) {
		String given = System.getProperty("vigil.home");
		if (given == null || given.isBlank()) {
			given = environment.get("VIGIL_HOME");
		}
		if (given == null || given.isBlank()) {
			given = Arrays.asList("config/application.properties", "application.properties").stream()
				.map(CommandChannel::homeIn)
				.filter(home -> home != null && !home.isBlank() && !home.contains("${"))
				.findFirst()
				.orElse("vigil-data");
		}
		return given.strip();
	}

	private static String homeIn(String file) {
		Path path = Path.of(file);
		if (!Files.isRegularFile(path)) {
			return null;
		}
		Properties properties = new Properties();
		try (InputStream stream = Files.newInputStream(path)) {
			properties.load(stream);
			return properties.getProperty("vigil.home");
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
	}

	/** What the server's command prints, sent as it is printed, so that output and errors keep their order. */
	static final class Printed extends java.io.Writer {

		private final DataOutputStream stream;

		private final byte kind;

		Printed(DataOutputStream stream, byte kind) {
			this.stream = stream;
			this.kind = kind;
		}

		@Override
		public void write(char[] text, int offset, int length) throws IOException {
			if (length == 0) {
				return;
			}
			synchronized (stream) {
				stream.writeByte(kind);
				writeText(stream, new String(text, offset, length));
				stream.flush();
			}
		}

		@Override
		public void flush() throws IOException {
			stream.flush();
		}

		@Override
		public void close() {
			// the connection is closed by the server once the command ended
		}

	}

}
