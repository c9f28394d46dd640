package org.vigil.dispatch.internal;

import java.util.UUID;

/**
 * A delivery attempt was created and should be sent. Published inside the dispatching transaction,
 * so that it is kept in the event publication registry until {@link Delivery} has recorded its outcome.
 */
record DeliveryRequested(UUID attemptId) {
}
