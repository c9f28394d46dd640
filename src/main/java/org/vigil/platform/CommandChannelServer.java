package org.vigil.platform;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.atomic.AtomicInteger;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * The server's end of the {@link CommandChannel}: once everything else has started, it listens on
 * the home's command socket and runs each operator command sent to it with the application's own
 * command beans, one thread per command, as the operator's shell would have run it.
 */
@Component
@ConditionalOnWebApplication
class CommandChannelServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CommandChannelServer.class);

	private final ApplicationContext context;

	private final Path home;

	private final AtomicInteger commands = new AtomicInteger();

	private volatile ServerSocketChannel listening;

	private Path socket;

	CommandChannelServer(ApplicationContext context, VigilProperties properties) {
		this.context = context;
		this.home = properties.home();
	}

	@Override
	public void start() {
		var where = CommandChannel.socket(home);
		if (where.isEmpty()) {
			log.warn("The Vigil home's path is too long for the command socket: operator commands start on their own.");
			return;
		}
		try {
			socket = where.get();
			Path folder = socket.getParent();
			Files.createDirectories(folder);
			// Nobody but Vigil's account may reach the socket, before it exists and after.
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			Files.deleteIfExists(socket); // left by a server that was killed
			ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			try {
				server.bind(UnixDomainSocketAddress.of(socket));
				Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
			}
			catch (IOException | RuntimeException ex) {
				server.close();
				throw ex;
			}
			UserPrincipal owner = Files.getOwner(folder);
			listening = server;
			Thread acceptor = new Thread(() -> accept(server, owner), "vigil-command-channel");
			acceptor.setDaemon(true);
			acceptor.start();
			log.info("Operator commands are run by this server through {}", socket);
		}
		catch (IOException | UnsupportedOperationException ex) {
			log.warn("No command socket ({}): operator commands start on their own.", ex.getMessage());
		}
	}

	private void accept(ServerSocketChannel server, UserPrincipal owner) {
		while (server.isOpen()) {
			try {
				SocketChannel connection = server.accept();
				Thread command = new Thread(() -> serve(connection, owner), "vigil-command-" + commands.incrementAndGet());
				command.setDaemon(true);
				command.start();
			}
			catch (IOException ex) {
				if (server.isOpen()) {
					log.warn("The command socket failed to accept a command: {}", ex.getMessage());
				}
			}
		}
	}

	private void serve(SocketChannel connection, UserPrincipal owner) {
		try (connection) {
			UnixDomainPrincipal peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
			if (!peer.user().equals(owner)) {
				// The folder's permissions already keep others out; this holds even if they were loosened.
				log.warn("Refused an operator command from the account {}: only {} may send them.", peer.user().getName(), owner.getName());
				return;
			}
			DataInputStream request = new DataInputStream(Channels.newInputStream(connection));
			DataOutputStream answer = new DataOutputStream(Channels.newOutputStream(connection));
			if (!CommandChannel.GREETING.equals(request.readUTF())) {
				return;
			}
			int count = request.readInt();
			if (count < 0 || count > 1000) {
				return;
			}
			String[] words = new String[count];
			for (int i = 0; i < count; i++) {
				words[i] = CommandChannel.readText(request);
			}
			if (leftToTheShell(words)) {
				answer.writeByte(CommandChannel.ELSEWHERE);
				answer.flush();
				return;
			}
			log.info("Running the operator command '{}' sent through the command socket", words.length > 0 ? words[0] : "");
			int exit = run(words, request, answer);
			synchronized (answer) {
				answer.writeByte(CommandChannel.EXIT);
				answer.writeInt(exit);
				answer.flush();
			}
		}
		catch (IOException ex) {
			log.warn("An operator command's connection ended early: {}", ex.getMessage());
		}
	}

	private int run(String[] words, DataInputStream request, DataOutputStream answer) {
		PrintWriter out = new PrintWriter(new CommandChannel.Printed(answer, CommandChannel.OUT), true);
		PrintWriter err = new PrintWriter(new CommandChannel.Printed(answer, CommandChannel.ERR), true);
		Terminal.Input input = () -> {
			synchronized (answer) {
				answer.writeByte(CommandChannel.READ);
				answer.flush();
			}
			return request.readByte() == CommandChannel.LINE ? CommandChannel.readText(request) : null;
		};
		return OperatorCommands.execute(OperatorCommands.commandLine(context), words, out, err, input);
	}

	/**
	 * A command given a file or folder ({@code backup --to FILE}) is left to the shell: the path is the
	 * shell's, relative to its working directory. So is {@code restore}, which needs the server stopped
	 * (its archive is a file). So are words the server cannot parse: the shell answers a mistake of
	 * usage without starting anything, and knows the commands that need no application at all.
	 */
	private boolean leftToTheShell(String[] words) {
		try {
			CommandLine.ParseResult parsed = OperatorCommands.commandLine(context).parseArgs(words);
			for (CommandLine.ParseResult part = parsed; part != null; part = part.subcommand()) {
				if (part.matchedArgs().stream().anyMatch(arg -> Path.class.isAssignableFrom(arg.type()))) {
					return true;
				}
			}
			return false;
		}
		catch (CommandLine.ParameterException ex) {
			return true;
		}
	}

	@Override
	public void stop() {
		ServerSocketChannel server = listening;
		listening = null;
		if (server != null) {
			try {
				server.close();
				Files.deleteIfExists(socket);
			}
			catch (IOException ex) {
				log.warn("Could not remove the command socket: {}", ex.getMessage());
			}
		}
	}

	@Override
	public boolean isRunning() {
		return listening != null;
	}

}
