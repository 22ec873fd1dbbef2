package dev.rvi.domain.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The rows of a bundled reference file (instance size flexibility, VM sizes, regions), after its header line. */
public final class ReferenceCsv {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true).setHeader().setIgnoreEmptyLines(true)
      .setTrim(true).get();

  private ReferenceCsv() {}

  public static List<List<String>> rows(String resource) {
    try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing reference data " + resource);
      }
      return rows(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<List<String>> rows(Reader reader) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(reader)) {
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
    }
    return rows;
  }
}
