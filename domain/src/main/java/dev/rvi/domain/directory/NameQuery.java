package dev.rvi.domain.directory;

import java.util.List;

/**
 * Partners and customers by id, whose names a support agent's screen shows beside them; or, with {@code matching}
 * (an ILIKE pattern), those whose names match it, at most 1000 of each (the queue's text filter).
 */
public record NameQuery(List<String> partnerIds, List<String> customerIds, String matching) {

  public NameQuery(List<String> partnerIds, List<String> customerIds) {
    this(partnerIds, customerIds, null);
  }
}
