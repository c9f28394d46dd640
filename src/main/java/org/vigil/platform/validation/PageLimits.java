package org.vigil.platform.validation;

/**
 * The range of paging parameters ({@code page}, {@code size}) wherever a list is paged, declared
 * once for the checks ({@code @Min}/{@code @Max} on the parameters) and the API description that
 * reads them. Together they keep {@code page × size} well inside what the database can skip
 * (a 32-bit row offset): 200 × 10 000 000 = 2 × 10⁹ &lt; 2³¹.
 */
public final class PageLimits {

	/** The largest page number, counted from 0. */
	public static final int MAX_PAGE = 10_000_000;

	/** The most items on one page. */
	public static final int MAX_SIZE = 200;

	private PageLimits() {
	}

}
