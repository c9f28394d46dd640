package org.vigil.dispatch.internal;

import java.time.LocalDate;

/**
 * Where a letter goes on one channel: an authority's name, the title of the official, the address
 * for the channel (an email address, a fax number, a postal address, a web form's URL) and the date
 * that address was last confirmed.
 *
 * @param name the addressee as the letter names them, or {@code null}
 * @param title the official's title, or {@code null}
 * @param asOf when the address was last confirmed, or {@code null} when not known
 */
record Destination(String name, String title, String address, LocalDate asOf) {
}
