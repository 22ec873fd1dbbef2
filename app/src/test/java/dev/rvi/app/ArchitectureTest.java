package dev.rvi.app;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
 * The shape of the code: no cycles between packages; the gateway reaches services only over the bus
 * (never their classes); no service depends on another service's module, nor on the embedded Postgres and
 * migrations (only the launcher starts those); the domain depends on none;
 * no project class is named inline.
 */
class ArchitectureTest {
  /** The product's classes: tests and the domain's test jar left out. */
  private static final JavaClasses CODE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
      .importPackages("dev.rvi");
  private static final Pattern INLINE_NAME = Pattern.compile("(?<![\\w.\"])dev\\.rvi\\.[a-z][\\w.]*\\.[A-Z]");
  /** A library class named inline (java.util.Map, io.vertx...): in the product's code, imported too. */
  private static final Pattern INLINE_LIBRARY_NAME = Pattern.compile("(?<![\\w.\"])(java|javax|io|org|com)(\\.[a-z]\\w*)+\\.[A-Z]");

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("dev.rvi.(**)").should().beFreeOfCycles().check(CODE);
  }

  @Test
  void gatewayServicesDomainLayering() {
    layeredArchitecture().consideringOnlyDependenciesInAnyPackage("dev.rvi..")
        .layer("app").definedBy("dev.rvi.app..")
        .layer("gateway").definedBy("dev.rvi.gateway..")
        .layer("catalog").definedBy("dev.rvi.catalog..")
        .layer("directory").definedBy("dev.rvi.directory..")
        .layer("order").definedBy("dev.rvi.order..")
        .layer("support").definedBy("dev.rvi.support..")
        .layer("billing").definedBy("dev.rvi.billing..")
        .layer("usage").definedBy("dev.rvi.usage..")
        .layer("notification").definedBy("dev.rvi.notification..")
        .layer("postgres").definedBy("dev.rvi.postgres..")
        .layer("domain").definedBy("dev.rvi.domain..")
        .whereLayer("app").mayNotBeAccessedByAnyLayer()
        .whereLayer("gateway").mayOnlyBeAccessedByLayers("app")
        .whereLayer("catalog").mayOnlyBeAccessedByLayers("app")
        .whereLayer("directory").mayOnlyBeAccessedByLayers("app")
        .whereLayer("order").mayOnlyBeAccessedByLayers("app")
        .whereLayer("support").mayOnlyBeAccessedByLayers("app")
        .whereLayer("billing").mayOnlyBeAccessedByLayers("app")
        .whereLayer("usage").mayOnlyBeAccessedByLayers("app")
        .whereLayer("notification").mayOnlyBeAccessedByLayers("app")
        .whereLayer("postgres").mayOnlyBeAccessedByLayers("app")
        .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "postgres", "gateway", "catalog", "directory", "order", "support", "billing", "usage",
            "notification")
        .check(CODE);
  }

  /**
   * Project classes are imported, never named inline, so every edge between packages shows in the imports;
   * in the product's code library classes are imported too.
   */
  @Test
  void noInlineFullyQualifiedProjectNames() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          boolean code = !line.startsWith("import ") && !line.startsWith("package ") && !line.startsWith("*") && !line.startsWith("/");
          boolean product = file.toString().contains("/src/main/");
          if (code && (INLINE_NAME.matcher(line).find() || (product && inlineOutsideStrings(line)))) {
            found.add(file + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertTrue(found.isEmpty(), () -> String.join("\n", found));
  }

  private static boolean inlineOutsideStrings(String line) {
    Matcher m = INLINE_LIBRARY_NAME.matcher(line);
    while (m.find()) {
      if (line.substring(0, m.start()).chars().filter(c -> c == '"').count() % 2 == 0) {
        return true;
      }
    }
    return false;
  }
}
