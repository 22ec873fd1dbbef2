package dev.rvi.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermTest {
  @Test
  void acceptsEverySpellingPartnersAndPriceSheetsUse() {
    for (String s : new String[] {"P1Y", "p1y", "1 Year", "1Year", "1year", " 1 YEAR "}) {
      assertEquals(Optional.of(Term.P1Y), Term.parse(s), s);
    }
    for (String s : new String[] {"P3Y", "3 Years", "3Years", "3Year", "3years"}) {
      assertEquals(Optional.of(Term.P3Y), Term.parse(s), s);
    }
  }

  @Test
  void refusesTermsThatAreNotSold() {
    for (String s : new String[] {"P2Y", "5 Years", "", "1", "P1M"}) {
      assertTrue(Term.parse(s).isEmpty(), s);
    }
    assertTrue(Term.parse(null).isEmpty());
  }

  @Test
  void hoursOfATermAreThoseOf365DayYears() {
    assertEquals(8760, Term.P1Y.hours());
    assertEquals(26280, Term.P3Y.hours());
  }
}
