package org.vigil.accounts.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.vigil.platform.OperatorCommands;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The admin command's words come straight from a shell. Whatever they are, parsed as the jar parses
 * them, it answers with an exit code and a message (bad usage with exit code 2, a refusal of the
 * account rules with 1), and never fails in any other way. The account service is stubbed: its own rules
 * are tested elsewhere; here only the parsing of the words is fuzzed.
 */
class AdminCommandFuzzTests {

	private static InputStream originalIn;

	private final AdminCommand command;

	AdminCommandFuzzTests() {
		Refused rejected = new Refused(Refusal.of(AccountRule.USERNAME_INVALID));
		UserAccounts accounts = mock(UserAccounts.class);
		when(accounts.createUser(any())).thenThrow(rejected);
		when(accounts.allUsers()).thenReturn(List.of());
		when(accounts.resetPassword(anyString(), any())).thenThrow(rejected);
		ApiTokens tokens = mock(ApiTokens.class);
		when(tokens.issue(anyString())).thenReturn("vgl_token");
		when(tokens.revoke(anyString())).thenReturn(0);
		AccessRevocation revocation = mock(AccessRevocation.class);
		when(revocation.revokeEverything(anyString())).thenReturn(new AccessRevocation.Revocation(UUID.randomUUID(), 0));
		this.command = new AdminCommand(accounts, tokens, revocation, event -> 1L,
				new RefusalMessages(new org.springframework.context.support.StaticMessageSource()));
	}

	@BeforeAll
	static void noPasswordOnStandardInput() {
		// --password-stdin reads System.in; an empty one must not make the test wait for a keyboard.
		originalIn = System.in;
		System.setIn(new ByteArrayInputStream(new byte[0]));
	}

	@AfterAll
	static void restoreStandardInput() {
		System.setIn(originalIn);
	}

	/** One word per line of the input, after {@code admin}. */
	@FuzzTest
	void anyWordsGiveAnExitCodeAndAMessage(byte[] input) {
		List<String> words = new ArrayList<>(List.of("admin"));
		words.addAll(List.of(new String(input, StandardCharsets.UTF_8).split("\n", -1)));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine shell = OperatorCommands.commandLine(List.of(AdminCommand.class), new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				return type == AdminCommand.class ? type.cast(command) : CommandLine.defaultFactory().create(type);
			}
		});
		int exit = OperatorCommands.execute(shell, words.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
		assertThat(exit).isIn(0, 1, 2);
		if (exit != 0) {
			assertThat(err.toString()).isNotBlank();
		}
		// Only the expected answers: a refusal of the account rules (1) or of usage (2), never an exception that escaped.
		assertThat(err.toString()).doesNotContain("' failed: ");
	}

}
