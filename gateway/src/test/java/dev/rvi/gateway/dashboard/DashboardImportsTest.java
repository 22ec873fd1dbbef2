package dev.rvi.gateway.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's modules (no build step, so no bundler or linter looks at them) import only what they use: every name
 * an {@code import { ... } from} line brings in is used in the module's code, outside its comments and quoted strings.
 */
class DashboardImportsTest {
  private static final Path DASHBOARD = Path.of("src", "main", "resources", "dashboard");
  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|'(?:[^'\\\\\\n]|\\\\.)*'|\"(?:[^\"\\\\\\n]|\\\\.)*\"");
  private static final Pattern IMPORT = Pattern.compile("^import\\s*\\{([^}]*)}\\s*from\\s*'[^']+';?", Pattern.MULTILINE);

  @Test
  void everyImportedNameIsUsed() throws IOException {
    List<Path> modules;
    try (Stream<Path> files = Files.walk(DASHBOARD)) {
      modules = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
    }
    assertTrue(modules.size() > 10, "the dashboard's modules are found: " + modules);
    List<String> unused = new ArrayList<>();
    for (Path module : modules) {
      unused.addAll(unusedImports(DASHBOARD.relativize(module).toString(), Files.readString(module)));
    }
    assertEquals(List.of(), unused, "names imported and never used");
  }

  /** The check itself fails on a name imported and only mentioned in a comment or a string. */
  @Test
  void aNameOnlyInACommentOrAStringIsUnused() {
    String module = "import { get, when } from '../format.js';\nimport { h } from '../dom.js';\n"
        + "/** Shown when ready. */\nexport const x = () => h('p', {}, get('https://a'), 'buy when ready'); // when\n";
    assertEquals(List.of("m.js: when"), unusedImports("m.js", module));
    assertEquals(List.of(), unusedImports("m.js", module + "when(1);\n"));
  }

  static List<String> unusedImports(String name, String source) {
    // One pass, so that a comment's quote or a string's // is taken for what it is in.
    String code = COMMENT_OR_STRING.matcher(IMPORT.matcher(source).replaceAll("")).replaceAll(m -> m.group().startsWith("/") ? " " : "''");
    List<String> unused = new ArrayList<>();
    Matcher imports = IMPORT.matcher(source);
    while (imports.find()) {
      for (String part : imports.group(1).split(",")) {
        String local = part.trim().replaceFirst("^.*\\sas\\s+", "").trim();
        if (!local.isEmpty() && !Pattern.compile("(?<![\\w$.])" + Pattern.quote(local) + "(?![\\w$])").matcher(code).find()) {
          unused.add(name + ": " + local);
        }
      }
    }
    return unused;
  }
}
