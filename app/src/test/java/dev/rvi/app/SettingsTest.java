package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Configuration in one place: the code, {@link Settings#KNOWN} and the README's table name the same variables; bad values are named. */
class SettingsTest {
  private static final Pattern VARIABLE = Pattern.compile("\"(RVI_[A-Z_]+|PG[A-Z]+|DATABASE_URL)\"");

  @Test
  void everyVariableTheCodeReadsIsKnownAndDocumented() throws IOException {
    Set<String> read = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
      for (Path source : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/")
          && !p.toString().contains("/bench/")).toList()) {
        Matcher m = VARIABLE.matcher(Files.readString(source));
        while (m.find()) {
          read.add(m.group(1));
        }
      }
    }
    Set<String> unknown = new TreeSet<>(read);
    unknown.removeAll(Settings.KNOWN);
    assertEquals(Set.of(), unknown, "variables the code reads that Settings does not list");
    String readme = Files.readString(Path.of("..", "README.md"));
    String table = readme.substring(readme.indexOf("## Configuration"));
    Set<String> undocumented = new TreeSet<>();
    for (String variable : Settings.KNOWN) {
      if (!table.contains("`" + variable + "`")) {
        undocumented.add(variable);
      }
    }
    assertEquals(Set.of(), undocumented, "variables missing from the README's Configuration section");
  }

  @Test
  void badValuesAreNamedWithWhatTheyMustBe() {
    List<String> problems = Settings.problems(Map.of("RVI_HTTP_PORT", "70000", "RVI_ACCESS_LOG", "yes", "RVI_EXCHANGE_CUTOVER_DATE", "soon",
        "RVI_TLS_CERT_FILE", "/no/such/file.pem", "RVI_REFUND_CAP_USD", "50000", "RVI_LOG_LEVEL", "loud", "RVI_OIDC_TOKEN_URL", "login.example/token"));
    assertEquals(6, problems.size(), problems::toString);
    assertTrue(problems.contains("RVI_HTTP_PORT must be a port number from 1 to 65535, not '70000'"), problems::toString);
    assertTrue(problems.contains("RVI_ACCESS_LOG must be true or false, not 'yes'"), problems::toString);
    assertEquals(List.of(), Settings.problems(Map.of("RVI_HTTP_PORT", "8081", "RVI_EARLY_TERMINATION_FEE_PERCENT", "12.5",
        "RVI_OIDC_TOKEN_URL", "https://login.example/tenant/oauth2/v2.0/token")));
  }
}
