package dev.rvi.notification;

import dev.rvi.domain.notification.PartnerEvent;

/** A delivery claimed to be sent now: where it goes, the secrets that sign it, the attempts it has had, and its event. */
record ClaimedDelivery(long id, String endpointId, int attempts, String url, SigningSecrets secrets, PartnerEvent event) {}
