package org.vigil.e2e;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real browser, with Chromium's virtual authenticator standing in for a security
 * key: an administrator without a passkey is sent to register one before any administration page;
 * the passkey then replaces the code at the next sign-in; and a passkey of one account does not
 * complete another account's sign-in. The relying party is "localhost" and the origin is
 * http://localhost:PORT, so the server runs on a port fixed for the class (the allowed origin follows server.port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PasskeyBrowserIT extends BrowserTest {

	private static final String PASSWORD = "a long enough browser password";

	@Autowired
	private AccountAdministration accounts;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	private VirtualAuthenticator securityKey;

	@BeforeEach
	void plugInSecurityKey() {
		securityKey = addSecurityKey();
	}

	@Test
	void anAdministratorRegistersAPasskeyAndSignsInWithItInsteadOfACode() {
		accounts.createUser("keeper", EnumSet.of(Role.ADMINISTRATOR, Role.RESEARCHER), "Europe", PASSWORD.toCharArray());
		accounts.createUser("bystander", EnumSet.of(Role.RESEARCHER), "Europe", PASSWORD.toCharArray());

		firstSignIn("keeper");
		browser.get(url("/admin/users"));
		waitUntil(ExpectedConditions.urlContains("/passkeys?required"));
		assertThat(text(".notice.error")).contains("You need a passkey");
		screenshot("passkey-required.png");

		type("passkey-label", "office key");
		click("#add-passkey");
		waitUntil(ExpectedConditions.urlContains("/passkeys?added"));
		assertThat(text(".notice.ok")).contains("The passkey was added");
		assertThat(text("#passkeys")).contains("office key");
		assertThat(securityKey.getCredentials()).hasSize(1);
		screenshot("passkey-registered.png");

		// This session was completed with a code: administration asks for the passkey itself.
		browser.get(url("/admin/users"));
		waitUntil(ExpectedConditions.urlContains("/second-factor/passkey"));
		screenshot("passkey-confirm.png");
		click("#use-passkey");
		waitUntil(ExpectedConditions.urlMatches("/admin/users$"));
		assertThat(audited("keeper", "passkey.registered")).as("registering the passkey").isEqualTo(1);
		signOut();

		// The next sign-in: the password, then the passkey; an administrator is offered no code field.
		passwordStep("keeper");
		waitUntil(ExpectedConditions.urlMatches("/second-factor$"));
		assertThat(browser.findElements(By.id("code"))).as("no code field for a passkey account").isEmpty();
		screenshot("passkey-second-step.png");
		click("#use-passkey");
		waitUntil(ExpectedConditions.urlMatches("/cases$"));
		assertThat(text(".who")).isEqualTo("keeper");
		browser.findElement(By.linkText("Users")).click();
		waitUntil(ExpectedConditions.urlMatches("/admin/users$"));
		signOut();

		// Someone else's password, then keeper's passkey (discoverable on this key): refused.
		firstSignIn("bystander");
		signOut();
		passwordStep("bystander");
		waitUntil(ExpectedConditions.urlMatches("/second-factor$"));
		assertThat(browser.findElements(By.id("use-passkey"))).as("bystander has no passkey to offer").isEmpty();
		Object status = ((JavascriptExecutor) browser).executeAsyncScript(PASSKEY_OF_WHOEVER_IS_ON_THE_KEY);
		assertThat(status).as("keeper's passkey after bystander's password").isEqualTo("401");
		browser.get(url("/cases"));
		assertThat(browser.getCurrentUrl()).as("bystander still owes the second step").endsWith("/second-factor");
		assertThat(audited("bystander", "second-factor.failed")).as("refused as another account's passkey").isEqualTo(1);
		assertThat(audited("keeper", "second-factor.verified")).as("keeper's passkey confirmation and sign-in").isEqualTo(2);
	}

	private int audited(String actor, String action) {
		return jdbc.queryForObject("select count(*) from audit_entries where actor = ? and action = ? and details ->> 'factor' = 'passkey'",
				Integer.class, actor, action);
	}

	/**
	 * The WebAuthn sign-in ceremony without any credential list, so the authenticator offers the
	 * passkey it holds (keeper's); answers the HTTP status of /login/webauthn.
	 */
	private static final String PASSKEY_OF_WHOEVER_IS_ON_THE_KEY = """
			const done = arguments[arguments.length - 1];
			const b64 = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/=/g, '').replace(/\\+/g, '-').replace(/\\//g, '_');
			const unb64 = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
			const headers = { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': document.querySelector('input[name=_csrf]').value };
			(async () => {
			  const options = await (await fetch('/webauthn/authenticate/options', { method: 'POST', headers })).json();
			  const credential = await navigator.credentials.get({ publicKey: { ...options, challenge: unb64(options.challenge), allowCredentials: [] } });
			  const response = await fetch('/login/webauthn', { method: 'POST', headers, body: JSON.stringify({
			    id: credential.id, rawId: b64(credential.rawId), credType: credential.type,
			    response: { authenticatorData: b64(credential.response.authenticatorData), clientDataJSON: b64(credential.response.clientDataJSON),
			      signature: b64(credential.response.signature), userHandle: b64(credential.response.userHandle) },
			    clientExtensionResults: {}, authenticatorAttachment: credential.authenticatorAttachment }) });
			  done(String(response.status));
			})().catch((e) => done('error: ' + e));
			""";

	private void firstSignIn(String username) {
		firstSignIn(username, PASSWORD);
	}

	private void passwordStep(String username) {
		passwordStep(username, PASSWORD);
	}

}
