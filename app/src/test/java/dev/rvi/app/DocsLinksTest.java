package dev.rvi.app;

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

/** The docs live in the repository: every relative link of every Markdown file points at a file inside it. */
class DocsLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)]*)?\\)");

  @Test
  void noLinkPointsOutsideTheRepository() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> broken = new ArrayList<>();
    int links = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path md : files.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.toString().contains("/target/"))
          .filter(p -> !p.toString().contains("/.git/") && !p.toString().contains("/node_modules/")).toList()) {
        String text = Files.readString(md);
        assertTrue(!text.contains("../shared"), md + " links to ../shared, which a clone does not have");
        Matcher m = LINK.matcher(text);
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("^[a-z]+:.*")) {
            continue;   // http:, https:, mailto:
          }
          links++;
          Path resolved = md.getParent().resolve(target).normalize();
          if (!resolved.startsWith(root) || !Files.exists(resolved)) {
            broken.add(root.relativize(md) + " -> " + target);
          }
        }
      }
    }
    assertEquals(List.of(), broken, "links that lead nowhere in a clone");
    assertTrue(links >= 5, "links checked: " + links);
  }
}
