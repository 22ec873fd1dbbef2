package dev.rvi.domain.directory;

import java.util.Map;

/** The names of the partners and customers asked for by id; an id the directory does not know is left out. */
public record Names(Map<String, String> partners, Map<String, String> customers) {

  public String partner(String id) {
    return partners.get(id);
  }

  public String customer(String id) {
    return customers.get(id);
  }
}
