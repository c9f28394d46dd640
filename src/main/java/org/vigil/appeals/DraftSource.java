package org.vigil.appeals;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.letters.LetterKind;

/**
 * Writes the first draft of an appeal from what Vigil knows of its case: the addressee block and
 * salutation from the directory, the request, the people by their public labels (and their names
 * only when a drafter cleared for them asks), where they are
 * held and where they are to be taken, why it is urgent, what they face if returned and the
 * obligations of the states concerned, then the asks. Appeals asks it when a drafter wants a
 * generated draft; another module implements it, so that appeals needs none of the modules the
 * facts come from.
 */
public interface DraftSource {

	/**
	 * The draft for the order.
	 * @throws org.vigil.platform.Refused when an addressee or copy is not in the directory, or the order is otherwise wrong
	 */
	Draft generate(DraftOrder order);

	/**
	 * What the drafter asks for.
	 *
	 * @param standing the drafter's standing on the case, already checked
	 * @param kind the kind of letter, e.g. {@link LetterKind#URGENT_APPEAL}
	 * @param language {@code en}, {@code ko} or {@code zh} (another language gets English)
	 * @param addresseeIds directory entries the letter is addressed to, in order (at least one)
	 * @param copyIds directory entries that get a copy, in order
	 * @param asks what the letter asks, in order; empty for those that fit the case
	 * @param confirmed the unverified sources (an obligation's instrument or symbol, a claim's citation) the
	 *        drafter has checked and wants in the letter; every other unverified one is left out
	 * @param includeIdentities whether the letter names the people (beside their public labels) and says
	 *        that it holds identities: only for a drafter to whom the case's identities are revealed now
	 *        ({@link CaseStanding#mayReadIdentities()}); anyone else is refused
	 * @param followsUp for a {@link LetterKind#FOLLOW_UP_APPEAL}, the earlier appeal of the case it follows up (approved
	 *        and sent), which the letter cites with the date it was sent and what happened since; {@code null} otherwise
	 */
	record DraftOrder(CaseStanding standing, Viewer drafter, LetterKind kind, String language, List<UUID> addresseeIds,
			List<UUID> copyIds, List<Ask> asks, Set<String> confirmed, boolean includeIdentities, UUID followsUp) {

		/** An order for a letter that follows up none. */
		public DraftOrder(CaseStanding standing, Viewer drafter, LetterKind kind, String language, List<UUID> addresseeIds,
				List<UUID> copyIds, List<Ask> asks, Set<String> confirmed, boolean includeIdentities) {
			this(standing, drafter, kind, language, addresseeIds, copyIds, asks, confirmed, includeIdentities, null);
		}

		public DraftOrder {
			Objects.requireNonNull(standing, "standing");
			Objects.requireNonNull(kind, "kind");
			addresseeIds = List.copyOf(Objects.requireNonNullElse(addresseeIds, List.of()));
			copyIds = List.copyOf(Objects.requireNonNullElse(copyIds, List.of()));
			asks = List.copyOf(Objects.requireNonNullElse(asks, List.of()));
			confirmed = Set.copyOf(Objects.requireNonNullElse(confirmed, Set.of()));
		}

	}

	/** The asks a drafter chooses from; the generated wording can be edited afterwards. */
	enum Ask {
		/** Do not return them to the country they fear. */
		DO_NOT_RETURN,
		/** Disclose where they are held. */
		DISCLOSE_WHEREABOUTS,
		/** Let UNHCR and lawyers of their choice see them. */
		ACCESS_FOR_UNHCR_AND_LAWYERS,
		/** Let them travel to a third country of their choice. */
		TRAVEL_TO_THIRD_COUNTRY,
		/** Release the children among them. */
		RELEASE_THE_CHILDREN
	}

	/**
	 * A generated draft, in the letter's language.
	 *
	 * @param addressee the addressee block, one line each (the addressees one after the other)
	 * @param copies one line per copy
	 * @param salutation the opening, from the first addressee's form of address, or blank for the template's
	 * @param asks one ask per line
	 * @param body the body: paragraphs separated by blank lines; a line {@code [facts]} (the key of a
	 *        {@link org.vigil.letters.LetterDocument.SectionKind}) starts the part the template heads
	 */
	record Draft(List<String> addressee, List<String> copies, String salutation, String subject, List<String> asks, String body) {

		public Draft {
			addressee = List.copyOf(addressee);
			copies = List.copyOf(copies);
			asks = List.copyOf(asks);
		}

	}

}
