package org.vigil.whereabouts.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.cases.WrittenValues;
import org.vigil.vault.KeyDestroyedException;
import org.vigil.whereabouts.HidingPlaces;
import org.vigil.whereabouts.PlaceRef;

/** Opens each place of hiding of the case in turn and looks for its name in the text; nothing opened leaves it. */
@Component
class HidingPlacesInText implements HidingPlaces {

	private final WhereaboutsEntryRepository entries;

	private final EntrySealing sealing;

	HidingPlacesInText(WhereaboutsEntryRepository entries, EntrySealing sealing) {
		this.entries = entries;
		this.sealing = sealing;
	}

	@Override
	@Transactional(readOnly = true)
	public int namedIn(UUID caseId, String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		String plain = WrittenValues.plain(text);
		int named = 0;
		for (WhereaboutsEntry entry : entries.findByCaseIdOrderByDateEarliestAscCreatedAtAsc(caseId)) {
			if (entry.kind() != EntryKind.HIDING || entry.sealedHidingPlace() == null) {
				continue;
			}
			PlaceRef place;
			try {
				place = sealing.openHidingPlace(entry.personId(), entry.id(), entry.sealedHidingPlace());
			}
			catch (KeyDestroyedException purged) {
				continue;
			}
			if (place != null && (WrittenValues.in(plain, place.name()) || WrittenValues.in(plain, place.label()))) {
				named++;
			}
		}
		return named;
	}

}
