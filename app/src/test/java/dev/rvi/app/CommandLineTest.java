package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.db.DatabaseSettings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The operator's bulk commands, run as the README runs them (a JVM of their own) against the same
 * Postgres as a running platform, whose API then shows what they loaded.
 */
class CommandLineTest {
  private static TestPlatform platform;
  private static Path dir;

  @BeforeAll
  static void start() throws Exception {
    platform = TestPlatform.start(true);
    dir = Files.createTempDirectory("rvi-cli");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  /** What a command printed and how it ended. */
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) throws Exception {
    return runWith(Map.of(), args);
  }

  private static Run runWith(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    DatabaseSettings db = platform.database;
    builder.environment().put("DATABASE_URL", "postgres://" + db.user() + "@" + db.host() + ":" + db.port() + "/" + db.database()
        + "?sslmode=disable");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not finish: " + String.join(" ", args));
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** {@code --help} on every command, and the README's usage block is what --help says. */
  @Test
  void everyCommandExplainsItselfAndTheReadmeShowsWhatItSays() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String block = readme.substring(readme.indexOf("<!-- usage:begin"), readme.indexOf("<!-- usage:end"));
    for (String command : List.of("", "serve", "node", "token", "import-prices", "import-usage")) {
      Run help = command.isEmpty() ? run("--help") : run(command, "--help");
      assertEquals(0, help.exit(), help::toString);
      assertTrue(help.out().startsWith("Usage: app.jar" + (command.isEmpty() ? "" : " " + command)), help::toString);
      assertTrue(block.contains(help.out().strip()), "the README's usage block shows `" + command + " --help` as it is now:\n" + help.out());
    }
  }

  /** Every command answers {@code --version} with the version of the build (the project's, from its pom). */
  @Test
  void everyCommandAnswersVersionWithTheProjectsVersion() throws Exception {
    String project = projectVersion();
    List<String> commands = new ArrayList<>(List.of(""));
    new CommandLine(new Cli()).getSubcommands().keySet().stream().filter(name -> !name.equals("help")).forEach(commands::add);
    assertTrue(commands.containsAll(List.of("serve", "node", "token", "import-prices", "import-usage")), commands::toString);
    for (String command : commands) {
      Run version = command.isEmpty() ? run("--version") : run(command, "--version");
      assertEquals(0, version.exit(), command + ": " + version);
      assertEquals("Reserved VM Instances " + project, version.out().strip(), command + ": " + version);
    }
  }

  /** The version the parent pom gives the project. */
  static String projectVersion() throws IOException {
    Matcher parent = Pattern.compile("<artifactId>rvi-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("..", "pom.xml")));
    assertTrue(parent.find(), "the parent pom names its version");
    return parent.group(1);
  }

  /** A bad option or setting is named, and the exit code is 2. */
  @Test
  void aBadOptionOrSettingIsNamedAndExitsTwo() throws Exception {
    Run bogus = run("serve", "--bogus");
    assertEquals(2, bogus.exit(), bogus::toString);
    assertTrue(bogus.err().contains("--bogus"), bogus::toString);
    Run port = runWith(Map.of("RVI_HTTP_PORT", "eighty"), "serve", "--data-dir", dir.toString());
    assertEquals(2, port.exit(), port::toString);
    assertTrue(port.err().contains("RVI_HTTP_PORT must be a port number") && port.err().contains("eighty"), port::toString);
    assertTrue(!port.err().contains("Exception"), port::toString);
    Run fee = runWith(Map.of("RVI_EARLY_TERMINATION_FEE_PERCENT", "120", "RVI_LOG_FORMAT", "xml"), "import-prices", "x.json");
    assertEquals(2, fee.exit(), fee::toString);
    assertTrue(fee.err().contains("RVI_EARLY_TERMINATION_FEE_PERCENT") && fee.err().contains("RVI_LOG_FORMAT must be text or json"), fee::toString);
    Run missing = run("import-usage", "--customer", "c");
    assertEquals(2, missing.exit(), missing::toString);
    assertTrue(missing.err().contains("--subscription"), missing::toString);
  }

  @Test
  void tokenMintsADevelopmentTokenTheGatewayAccepts() throws Exception {
    Run minted = run("token", "--partner", DemoData.CONTOSO.id(), "--roles", "SalesAgent", "--ttl", "5m",
        "--data-dir", platform.dataDir.toString());
    assertEquals(0, minted.exit(), minted::toString);
    String token = minted.out().trim();
    assertEquals(200, platform.get("/v1/customers", token).status());
    assertEquals(403, platform.get("/v1/invoices", token).status(), "a sales agent is no billing admin");
    Run unknownRole = run("token", "--partner", DemoData.CONTOSO.id(), "--roles", "Superuser", "--data-dir", platform.dataDir.toString());
    assertTrue(unknownRole.exit() != 0 && unknownRole.err().contains("unknown role"), unknownRole::toString);
  }

  @Test
  void importPricesLoadsASheetThatTheCatalogThenSells() throws Exception {
    Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
    JsonObject row = new JsonObject().put("currencyCode", "USD").put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus")
        .put("type", "Reservation").put("reservationTerm", "1 Year").put("unitPrice", 399.99).put("retailPrice", 399.99)
        .put("effectiveStartDate", start.toString()).put("serviceName", "Virtual Machines")
        .put("productName", "Virtual Machines Dsv5 Series").put("unitOfMeasure", "1 Hour");
    Path sheet = dir.resolve("prices.json");
    Files.writeString(sheet, new JsonObject().put("Items", new JsonArray().add(row)).encode(), StandardCharsets.UTF_8);
    Run loaded = run("import-prices", sheet.toString());
    assertEquals(0, loaded.exit(), loaded::toString);
    assertEquals(1, new JsonObject(loaded.out().trim()).getInteger("rowsLoaded"), loaded::toString);

    String token = platform.token(DemoData.CONTOSO.id(), "SalesAgent");
    String search = "/v1/reservedInstances?country=US&armSkuName=Standard_D2s_v5&armRegionName=eastus&term=P1Y";
    // Loaded by another process, straight into the database: the running catalog sees it at its next poll, seconds later.
    Eventually.await(() -> "399.99".equals(platform.get(search, token).items().get(0).getValue("unitPrice").toString()),
        "the running catalog shows the imported price within seconds");

    Path notASheet = dir.resolve("not-a-sheet.json");
    Files.writeString(notASheet, "{\"rows\": 3}");
    Run refused = run("import-prices", notASheet.toString());
    assertEquals(2, refused.exit(), refused::toString);
    assertTrue(refused.err().contains("error:"), refused::toString);
  }

  @Test
  void importPricesExpandsTheRetailPricesSavingsPlanRatesOfAPaygPrice() throws Exception {
    String start = Instant.now().minus(1, ChronoUnit.HOURS).toString();
    JsonObject payg = RetailPrices.payg("Standard_E4s_v5", "uaenorth", "Virtual Machines Esv5 Series", 0.3, start, 0.15, 0.2);
    JsonObject reservation = RetailPrices.like(payg, "Reservation", "reservationTerm", "1 Year", 1500);
    Path sheet = dir.resolve("retail-prices.json");
    Files.writeString(sheet, new JsonObject().put("BillingCurrency", "USD").put("Items", new JsonArray().add(payg).add(reservation))
        .put("NextPageLink", null).put("Count", 2).encode(), StandardCharsets.UTF_8);
    Run loaded = run("import-prices", sheet.toString());
    assertEquals(0, loaded.exit(), loaded::toString);
    JsonObject report = new JsonObject(loaded.out().trim());
    assertEquals(2, report.getInteger("rowsRead"), loaded::toString);
    assertEquals(4, report.getInteger("rowsLoaded"), "the PAYG price, its two savings-plan rates and the reservation");

    String token = platform.token(DemoData.CONTOSO.id(), "SalesAgent");
    String search = "/v1/reservedInstances?country=US&armSkuName=Standard_E4s_v5&armRegionName=uaenorth&term=P1Y";
    Eventually.await(() -> {
      List<JsonObject> rows = platform.get(search, token).items();
      return rows.size() == 1 && rows.get(0).getJsonObject("savingsPlan") != null
          && "0.2".equals(new BigDecimal(rows.get(0).getJsonObject("savingsPlan").getValue("hourlyRate").toString())
              .stripTrailingZeros().toPlainString());
    }, "the running catalog shows the imported savings-plan rate beside the reservation");
  }

  @Test
  void importUsageStoresAFileOrNothingOfIt() throws Exception {
    String customer = DemoCustomers.ADATUM.id();
    String subscription = DemoCustomers.ADATUM.subscriptions().get(0).id();
    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
    JsonArray items = new JsonArray();
    for (String vm : List.of("cli-vm-1", "cli-vm-2")) {
      items.add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", vm).put("armSkuName", "Standard_D2s_v5")
          .put("armRegionName", "eastus").put("quantity", 1.0));
    }
    Path good = dir.resolve("usage.json");
    Files.writeString(good, new JsonObject().put("items", items).encode());
    Run stored = run("import-usage", "--customer", customer, "--subscription", subscription, good.toString());
    assertEquals(0, stored.exit(), stored::toString);
    assertEquals(2, new JsonObject(stored.out().trim()).getInteger("stored"), stored::toString);

    // The same VMs and hour again through the API: they replace what the command stored.
    TestPlatform.Reply again = platform.post("/v1/customers/" + customer + "/subscriptions/" + subscription + "/usage",
        platform.token(DemoData.CONTOSO.id(), "AdminAgent"), new JsonObject().put("items", items).encode());
    assertEquals(2, again.json().getInteger("replaced"), again::toString);

    JsonObject fine = new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "cli-vm-4")
        .put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus").put("quantity", 1.0);
    JsonArray bad = new JsonArray().add(fine).add(fine.copy().put("resourceId", "cli-vm-5").put("usageStartTime",
        hour.plusSeconds(1800).toString()));
    Path badFile = dir.resolve("bad-usage.json");
    Files.writeString(badFile, new JsonObject().put("items", bad).encode());
    Run refused = run("import-usage", "--customer", customer, "--subscription", subscription, badFile.toString());
    assertEquals(2, refused.exit(), refused::toString);
    assertTrue(refused.err().contains("items[1]: usageStartTime must be on the hour"), refused::toString);
    TestPlatform.Reply after = platform.post("/v1/customers/" + customer + "/subscriptions/" + subscription + "/usage",
        platform.token(DemoData.CONTOSO.id(), "AdminAgent"), new JsonObject().put("items", new JsonArray().add(fine)).encode());
    assertEquals(1, after.json().getInteger("new"), "the refused file stored nothing, not even its good record");

    Run unknown = run("import-usage", "--customer", customer, "--subscription", "not-a-subscription", good.toString());
    assertEquals(2, unknown.exit(), unknown::toString);
    assertTrue(unknown.err().contains("not found"), unknown::toString);
  }
}
