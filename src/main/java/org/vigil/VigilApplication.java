package org.vigil;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.vigil.platform.Launcher;

/**
 * Vigil keeps watch over people at risk and helps a human-rights organisation act in time.
 *
 * <p>{@code java -jar vigil.jar} (or {@code serve}) runs the server; {@code admin …} and the other
 * operator commands run against the same database without starting the web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VigilApplication {

	public static void main(String[] args) {
		Launcher.launch(VigilApplication.class, args);
	}

}
