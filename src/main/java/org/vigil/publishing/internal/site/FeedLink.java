package org.vigil.publishing.internal.site;

/** A feed a page links to with {@code <link rel="alternate">}: its media type, address and title. */
public record FeedLink(String type, String href, String title) {
}
