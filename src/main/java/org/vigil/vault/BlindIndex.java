package org.vigil.vault;

import java.util.List;

/**
 * Keyed tokens of a name, for exact lookup on protected names without storing or decrypting them.
 *
 * <p>Store the tokens of every protected name (in a side table: token → record); to ask "is this
 * person already recorded?", compute the tokens of the name asked for and look for any shared
 * token. Tokens cover normalised variants — Unicode NFKC, case-folded, whitespace and punctuation
 * collapsed, Latin diacritics removed, name parts in any order ("Kim Chol" finds "Chol Kim").
 * They come from a secret key ({@code keys/blind-index.json}), so they cannot be reversed by
 * hashing a list of likely names.
 */
public interface BlindIndex {

	/** Hex tokens of the name's variants, without duplicates; empty for a blank name. */
	List<String> of(String name);

}
