package dev.rvi.domain.usage;

import dev.rvi.domain.catalog.Term;

/** What to buy: scope Shared or Single, look back 7, 30 or 60 days, for one term. */
public record RecommendationQuery(String customerId, String scope, int lookBackDays, Term term) {}
