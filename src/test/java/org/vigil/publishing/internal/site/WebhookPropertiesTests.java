package org.vigil.publishing.internal.site;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Where the webhook may post: over TLS, or to this machine. */
class WebhookPropertiesTests {

	@Test
	void anHttpsAddressIsTaken() {
		assertThat(webhook("https://www.example.org/hooks/vigil").configured()).isTrue();
	}

	@Test
	void plainHttpIsTakenToThisMachineOnly() {
		assertThat(webhook("http://localhost:9000/hook").configured()).isTrue();
		assertThat(webhook("http://127.0.0.1:9000/hook").configured()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> webhook("http://www.example.org/hook"))
			.withMessageNotContaining("example.org");
	}

	@Test
	void anAddressWithCredentialsOrWithoutAHostIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> webhook("https://user:pass@www.example.org/hook"));
		assertThatIllegalArgumentException().isThrownBy(() -> webhook("https:///hook"));
		assertThatIllegalArgumentException().isThrownBy(() -> webhook("ftp://www.example.org/hook"));
	}

	@Test
	void noAddressNotifiesNoSite() {
		assertThat(webhook(" ").configured()).isFalse();
	}

	private static WebhookProperties webhook(String url) {
		return new WebhookProperties(url, "", Duration.ofSeconds(10), Duration.ofMinutes(5));
	}

}
