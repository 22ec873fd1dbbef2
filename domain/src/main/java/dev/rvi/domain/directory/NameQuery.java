package dev.rvi.domain.directory;

import java.util.List;

/** Partners and customers by id, whose names a support agent's screen shows beside them. */
public record NameQuery(List<String> partnerIds, List<String> customerIds) {}
