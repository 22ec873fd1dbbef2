package dev.rvi.domain.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference files read as CSV: the header skipped, quoted fields (commas and quotes inside them), blank lines passed over. */
class ReferenceCsvTest {
  @Test
  void quotedFieldsAndBlankLines() throws Exception {
    List<List<String>> rows = ReferenceCsv.rows(new StringReader(
        "Name,Display,Ratio\r\n\"westus2\",\"West US 2, Washington\",1\r\n\r\nuksouth,\"UK \"\"South\"\"\",2\n"));
    assertEquals(List.of(List.of("westus2", "West US 2, Washington", "1"), List.of("uksouth", "UK \"South\"", "2")), rows);
  }

  @Test
  void theBundledFlexibilityTableIsRead() {
    List<List<String>> rows = ReferenceCsv.rows("/reference/InstanceSizeFlexibility.csv");
    assertTrue(rows.size() > 500, () -> rows.size() + " rows");
    assertTrue(rows.stream().allMatch(r -> r.size() == 3), "three fields in every row");
    assertThrows(IllegalStateException.class, () -> ReferenceCsv.rows("/reference/missing.csv"));
  }
}
