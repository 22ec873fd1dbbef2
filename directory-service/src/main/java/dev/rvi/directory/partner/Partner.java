package dev.rvi.directory.partner;

import dev.rvi.domain.partner.PartnerType;
import java.time.OffsetDateTime;
import java.util.List;

/** An onboarded partner; an indirect provider's resellers when the query brought them, else none. */
public record Partner(String id, String name, String mpnId, PartnerType type, String country, OffsetDateTime createdAt,
                      List<String> resellers) {}
