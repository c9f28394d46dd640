package org.vigil.publishing;

/**
 * The public site, as the release side of publishing sees it: it is handed a released text and puts
 * that copy, and only that copy, on the site. Nothing it keeps names a case.
 */
public interface PublicSite {

	/** Puts a released text on the public site as a new item; answers where it lives. */
	PublicItem publish(PublicText text);

	/** A new version of a published item; earlier versions stay readable; its page says "corrected on …". */
	PublicItem correct(String slug, PublicText text);

	/** Takes an item off the site: its address then answers 410 Gone with the notice. */
	void withdraw(String slug, String notice);

}
