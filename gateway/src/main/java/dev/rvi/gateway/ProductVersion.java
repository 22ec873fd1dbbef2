package dev.rvi.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project's version as the build wrote it ({@code version.properties}, filtered by Maven). */
public final class ProductVersion {
  private static final String VERSION = read();

  private ProductVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = ProductVersion.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      String version = properties.getProperty("version", "");
      // Unfiltered (run from an IDE that skipped the build's resources step): say so rather than print the placeholder.
      return version.isBlank() || version.startsWith("$") ? "development build" : version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
