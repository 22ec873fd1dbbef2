package dev.rvi.directory.access;

import java.time.OffsetDateTime;

/** An agent's explicit access to one subscription: who has it, who granted it, and when. */
public record AccessGrant(String subscriptionId, String userId, String grantedBy, OffsetDateTime grantedAt) {}
