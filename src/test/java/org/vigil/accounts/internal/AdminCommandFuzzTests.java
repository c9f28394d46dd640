package org.vigil.accounts.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;
import org.vigil.platform.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The admin command's words come straight from a shell. Whatever they are, it answers with an
 * exit code and a message (bad usage as {@link UsageException}, which the launcher prints with
 * exit code 2), and never fails in any other way. The account services are stubbed: its own rules
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

	/** One word per line of the input. */
	@FuzzTest
	void anyWordsGiveAnExitCodeAndAMessage(byte[] input) {
		List<String> words = List.of(new String(input, StandardCharsets.UTF_8).split("\n", -1));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit;
		String message;
		try {
			exit = command.run(words, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
			message = exit == 0 ? out.toString(StandardCharsets.UTF_8) : err.toString(StandardCharsets.UTF_8);
		}
		catch (UsageException ex) {
			exit = 2;
			message = ex.getMessage();
		}
		assertThat(exit).isIn(0, 1, 2);
		if (exit != 0) {
			assertThat(message).isNotBlank();
		}
	}

}
