package org.vigil.accounts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Setting up the authenticator, a phone's camera reads the setup address from a QR code on the
 * page, drawn by Vigil itself and never cached, beside the key for those who type it in.
 */
class SetupQrCodeTests extends WebIntegrationTest {

	@Test
	void theQrCodeOnTheSetupPageReadsAsTheSetupAddress() throws Exception {
		String page = enrolmentPage().getContentAsString();
		String address = HtmlUtils.htmlUnescape(find(page, "id=\"totp-uri\"[^>]*>([^<]+)<"));
		assertThat(address).startsWith("otpauth://totp/").contains("secret=" + find(page, "id=\"totp-key\"[^>]*>([A-Z2-7]+)<"));

		String image = find(page, "<img[^>]*id=\"totp-qr\"[^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
		assertThat(read(Base64.getDecoder().decode(image))).isEqualTo(address);
	}

	@Test
	void theSetupPageIsNeverCached() throws Exception {
		assertThat(enrolmentPage().getHeader("Cache-Control")).contains("no-store");
	}

	private MockHttpServletResponse enrolmentPage() throws Exception {
		return mvc.perform(get("/second-factor/enrol").session(signInWithPasswordOnly(user(newTeam())))).andReturn().getResponse();
	}

	/** What a QR code reader makes of the picture. */
	private static String read(byte[] png) throws Exception {
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
		RGBLuminanceSource source = new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

	private static String find(String page, String pattern) {
		Matcher found = Pattern.compile(pattern).matcher(page);
		assertThat(found.find()).as(pattern).isTrue();
		return found.group(1);
	}

}
