package org.vigil.letters.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation as its letters present it (README, "Letters").
 *
 * @param name printed large at the top of every letter
 * @param description one line under the name: what the organisation is
 * @param address the postal address lines, printed under the description and on fax cover sheets
 * @param logo a PNG or JPEG file printed at the top right, or blank for none
 */
@ConfigurationProperties("vigil.organisation")
record OrganisationProperties(@DefaultValue("Vigil") String name, @DefaultValue("") String description,
		@DefaultValue({}) List<String> address, @DefaultValue("") String logo) {
}
