package org.vigil.platform.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the API description says about who answers for this Vigil and under which licence.
 *
 * @param contactName who integrators write to about this server's API
 * @param contactEmail their address; blank leaves it out
 * @param contactUrl a page about them; blank: this server's public address ({@code vigil.public-url}), when set
 * @param licenceName the licence Vigil is distributed under; blank leaves the licence out
 * @param licenceUrl where its text is
 */
@ConfigurationProperties("vigil.api")
public record ApiProperties(@DefaultValue("The administrators of this Vigil") String contactName, @DefaultValue("") String contactEmail,
		@DefaultValue("") String contactUrl, @DefaultValue("") String licenceName, @DefaultValue("") String licenceUrl) {
}
