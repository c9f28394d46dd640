package org.vigil.publishing;

/**
 * The organisation's public site, where released publications are read without signing in. What it
 * is given is public from then on: the caller has checked the text.
 */
public interface PublicSite {

	/** A new public item; answers where it lives. */
	PublicItem publish(PublicText text);

	/** A new version; earlier versions stay readable. */
	PublicItem correct(String slug, PublicText text);

	/** Its address then answers 410 Gone with the notice. */
	void withdraw(String slug, String notice);

}
