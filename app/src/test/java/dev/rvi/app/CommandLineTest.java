package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.db.DatabaseSettings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    DatabaseSettings db = platform.database;
    builder.environment().put("DATABASE_URL", "postgres://" + db.user() + "@" + db.host() + ":" + db.port() + "/" + db.database()
        + "?sslmode=disable");
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not finish: " + String.join(" ", args));
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
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
