package dev.rvi.order.history;

import java.time.Instant;

/**
 * An order as its history reads it, with the page's total where the query counts it and whether the calling agent may
 * see it where the query asks.
 */
record PurchaseOrder(String id, String alternateId, String customerId, String currency, String status, String partnerIdOnRecord,
                     Instant createdAt, long total, boolean agentMaySee) {}
