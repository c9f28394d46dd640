package org.vigil.publishing.internal.site;

/** The feeds the site offers, each overall and per country: its file name and media type. */
enum FeedFormat {

	ATOM("feed.atom", "application/atom+xml"),

	RSS("feed.rss", "application/rss+xml"),

	JSON("feed.json", "application/feed+json");

	private final String fileName;

	private final String mediaType;

	FeedFormat(String fileName, String mediaType) {
		this.fileName = fileName;
		this.mediaType = mediaType;
	}

	String fileName() {
		return fileName;
	}

	String mediaType() {
		return mediaType;
	}

}
