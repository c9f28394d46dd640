package org.vigil.whereabouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class TransferFactTests {

	private static final PlaceRef HELONG = new PlaceRef("geonames:2036869", "Helong", "Jilin", "CN", 42.54, 129.0);

	private static final PlaceRef SINUIJU = new PlaceRef("geonames:1865309", "Sinuiju", "North Pyongan", "KP", 40.1, 124.4);

	@Test
	void aNamedReceivingStateIsTheStateOfTheTransfer() {
		assertThat(transfer(HELONG, "kp ").state()).isEqualTo("KP");
	}

	@Test
	void withoutAReceivingStateTheDestinationsCountryIsTheState() {
		assertThat(transfer(SINUIJU, null).state()).isEqualTo("KP");
		assertThat(transfer(SINUIJU, "  ").state()).isEqualTo("KP");
	}

	@Test
	void aTransferWithNeitherHasNoState() {
		assertThat(transfer(null, null).state()).isNull();
		assertThat(transfer(new PlaceRef(null, "a camp", null, "", 0, 0), "").state()).isNull();
	}

	private static TransferFact transfer(PlaceRef to, String receivingState) {
		return new TransferFact(UUID.randomUUID(), UUID.randomUUID(), "Person 1", null, to, null, receivingState, null,
				Certainty.REPORTED, null, false, null);
	}

}
