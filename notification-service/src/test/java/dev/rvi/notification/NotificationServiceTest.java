package dev.rvi.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.customer.CustomerIds;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.notification.AlertRuleCreate;
import dev.rvi.domain.notification.AlertRuleRef;
import dev.rvi.domain.notification.EventBatch;
import dev.rvi.domain.notification.EventQuery;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.domain.notification.ReservationUtilizations;
import dev.rvi.domain.notification.UtilizationScope;
import dev.rvi.domain.notification.WebhookCreate;
import dev.rvi.domain.notification.WebhookRef;
import dev.rvi.domain.notification.WebhookUpdate;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.postgres.testing.ServiceTestBed;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notification service on its own: a real Postgres, a local event bus, the platform clock as the test moves it,
 * webhook receivers on loopback (allowed, as in development), and fakes of the directory (customers c1 and c2 are every
 * partner's) and of the order service (the utilization of three reservations of {@link #WATCHED}).
 */
class NotificationServiceTest {
  /** The one partner the fake order service has reservations for. */
  private static final String WATCHED = "watched-tenant";
  private static final Caller OPERATOR = new Caller(OperatorTenants.DEMO, "olga", Set.of(Role.OPERATOR));
  /** Every utilization question the fake order service was asked. */
  private static final List<UtilizationScope> ASKED = new CopyOnWriteArrayList<>();
  private static final MovableClock CLOCK = MovableClock.system();
  private static ServiceTestBed bed;
  private static BusClient bus;

  static final class FakeDirectory extends ServiceVerticle {
    FakeDirectory() {
      super(Address.DIRECTORY, "directory");
    }

    @Override
    protected void registerActions() {
      on(DirectoryContract.CUSTOMERS_VISIBLE, (r, q) ->
          Future.succeededFuture(new CustomerIds(q.ids().stream().filter(Set.of("c1", "c2")::contains).toList())));
    }
  }

  static final class FakeOrder extends ServiceVerticle {
    FakeOrder() {
      super(Address.ORDER, "order");
    }

    @Override
    protected void registerActions() {
      onPlatform(OrderContract.UTILIZATION_FOR_ALERTS, (r, scope) -> {
        ASKED.add(scope);
        List<ReservationUtilizations.Item> found = !scope.partnerId().equals(WATCHED) ? List.of() : List.of(
            item("r-low", new BigDecimal("41.5")), item("r-busy", new BigDecimal("97")), item("r-new", null));
        return Future.succeededFuture(new ReservationUtilizations(found));
      });
    }

    private static ReservationUtilizations.Item item(String id, BigDecimal average) {
      return new ReservationUtilizations.Item(id, "ro-" + id, "c1", null, "VMs of " + id, "Standard_D2s_v5", "westeurope", 2, average,
          ReservationUtilizations.Item.RESERVATION);
    }
  }

  /** A webhook receiver: what it was sent, in order, answered with the status its policy gives each request. */
  static final class Receiver {
    final List<JsonObject> received = new CopyOnWriteArrayList<>();
    final HttpServer server;

    Receiver(IntSupplier status) throws Exception {
      server = bed.vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
        received.add(new JsonObject().put("id", request.getHeader("webhook-id")).put("timestamp", request.getHeader("webhook-timestamp"))
            .put("signature", request.getHeader("webhook-signature")).put("body", body.toString()));
        request.response().setStatusCode(status.getAsInt()).end();
      })).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
    }

    String url() {
      return "http://127.0.0.1:" + server.actualPort() + "/hooks";
    }
  }

  @BeforeAll
  static void start() throws Exception {
    bed = ServiceTestBed.of("notification");
    bus = bed.bus;
    bed.deploy(new FakeDirectory());
    bed.deploy(new FakeOrder());
    bed.deploy(new NotificationVerticle(bed.pool, CLOCK, true, 5_000, 0, 5_000));
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  private static Caller partner(String tenant) {
    return new Caller(tenant, "alice", Set.of(Role.ADMIN_AGENT));
  }

  private static Caller newPartner() {
    return partner("tenant-" + UUID.randomUUID());
  }

  private static JsonObject answer(Future<Document> answer) throws Exception {
    return new JsonObject(answer.await(30, TimeUnit.SECONDS).json());
  }

  private static int refusal(Future<?> answer) throws Exception {
    Throwable e = answer.toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get(30, TimeUnit.SECONDS);
    return e instanceof ApiException api ? api.error().httpStatus() : e == null ? 200 : 500;
  }

  private static long count(String sql, String partnerId) throws Exception {
    return bed.pool.preparedQuery(sql).execute(Tuple.of(partnerId)).await(30, TimeUnit.SECONDS).iterator().next().getLong(0);
  }

  private static void eventually(String what, BooleanSupplier done) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("never happened: " + what);
      }
      Thread.sleep(50);
    }
  }

  private static JsonArray events(Caller partner, String type) throws Exception {
    return answer(bus.ask(NotificationContract.LIST_EVENTS, new EventQuery(type, null, null, 100, 0, null), partner, "t"))
        .getJsonArray("items");
  }

  /** An order's event, made {@code n} seconds from now (so a batch's order is plain). */
  private static PartnerEvent event(String partnerId, String customerId, int n, String data) {
    return new PartnerEvent("evt_" + UUID.randomUUID().toString().replace("-", ""), EventTypes.ORDER_COMPLETED, partnerId, null, customerId,
        CLOCK.instant().plusSeconds(n), data);
  }

  /** Standard Webhooks: v1, base64 of HMAC-SHA256 keyed with the secret's bytes over id.timestamp.body. */
  private static String signature(String secret, JsonObject delivery) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    String signed = delivery.getString("id") + "." + delivery.getString("timestamp") + "." + delivery.getString("body");
    return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }

  private static AlertRuleCreate rule(String threshold, String window, String frequency, List<String> customers) {
    return new AlertRuleCreate(null, threshold == null ? null : new BigDecimal(threshold), window, frequency, customers);
  }

  @Test
  void anAlertRuleOutsideTheRulesIsRefusedAndNothingStored() throws Exception {
    Caller alice = newPartner();
    for (AlertRuleCreate wrong : List.of(rule(null, null, null, null), rule("0", null, null, null), rule("100.01", null, null, null),
        rule("80.125", null, null, null), rule("80", "P14D", null, null), rule("80", null, "hourly", null),
        new AlertRuleCreate("order.completed", new BigDecimal("80"), null, null, null))) {
      assertEquals(400, refusal(bus.ask(NotificationContract.CREATE_ALERT_RULE, wrong, alice, "t")), wrong.toString());
    }
    assertEquals(404, refusal(bus.ask(NotificationContract.CREATE_ALERT_RULE, rule("80", null, null, List.of("c1", "c-other")), alice, "t")),
        "a customer the partner does not see");
    assertEquals(0, count("SELECT count(*) FROM notification.alert_rule WHERE partner_id = $1", alice.tenantId()));

    JsonObject made = answer(bus.ask(NotificationContract.CREATE_ALERT_RULE, rule("80", null, null, List.of("c2")), alice, "t"));
    assertEquals(EventTypes.UTILIZATION_LOW, made.getString("type"));
    assertEquals(0, new BigDecimal("80").compareTo(new BigDecimal(made.getValue("thresholdPercent").toString())));
    assertEquals("P7D", made.getString("window"), "the average over the last 7 days unless told");
    assertEquals("daily", made.getString("frequency"));
    assertEquals(new JsonArray().add("c2"), made.getJsonArray("customerIds"));
    assertTrue(made.containsKey("lastEvaluatedAt") && made.getValue("lastEvaluatedAt") == null, "not looked at yet");
    assertEquals(made, answer(bus.ask(NotificationContract.GET_ALERT_RULE, new AlertRuleRef(made.getString("id")), alice, "t")));
    assertEquals(404, refusal(bus.ask(NotificationContract.GET_ALERT_RULE, new AlertRuleRef(made.getString("id")), newPartner(), "t")),
        "another partner's rule");
    assertEquals(403, refusal(bus.ask(NotificationContract.RUN_ALERTS, NoBody.INSTANCE, alice, "t")), "only the operator runs the job");
  }

  @Test
  void aDueRuleTellsOfReservationsUnderItsThresholdOncePerLook() throws Exception {
    Caller watched = partner(WATCHED);
    // Noon (UTC) of a day to come: the look and the one after it fall on one day, whenever the test runs.
    CLOCK.moveTo(CLOCK.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1)).plus(Duration.ofHours(12)));
    String ruleId = answer(bus.ask(NotificationContract.CREATE_ALERT_RULE, rule("50", "P30D", "daily", List.of("c1")), watched, "t"))
        .getString("id");

    assertEquals(1, answer(bus.ask(NotificationContract.RUN_ALERTS, NoBody.INSTANCE, OPERATOR, "t")).getInteger("alerts"));
    assertTrue(ASKED.contains(new UtilizationScope(WATCHED, List.of("c1"), 30)), "the rule's partner, customers and window: " + ASKED);
    JsonArray alerts = events(watched, EventTypes.UTILIZATION_LOW);
    assertEquals(1, alerts.size(), "under 50%: r-low only (r-busy is above it, r-new has nothing to average)");
    JsonObject alert = alerts.getJsonObject(0);
    assertEquals(WATCHED, alert.getString("partnerId"));
    assertEquals("c1", alert.getString("customerId"));
    JsonObject data = alert.getJsonObject("data");
    assertEquals(ruleId, data.getString("alertRuleId"));
    assertEquals("r-low", data.getString("reservationId"));
    assertEquals("P30D", data.getString("window"));
    assertEquals(0, new BigDecimal("41.5").compareTo(new BigDecimal(data.getValue("averageUtilizationPercent").toString())));
    assertEquals(0, events(newPartner(), EventTypes.UTILIZATION_LOW).size(), "another partner's feed shows none of it");

    assertEquals(0, answer(bus.ask(NotificationContract.RUN_ALERTS, NoBody.INSTANCE, OPERATOR, "t")).getInteger("alerts"),
        "a daily rule is not due again the same day");
    assertNotNull(answer(bus.ask(NotificationContract.GET_ALERT_RULE, new AlertRuleRef(ruleId), watched, "t")).getString("lastEvaluatedAt"));

    CLOCK.moveTo(CLOCK.instant().plus(Duration.ofDays(1)));
    assertEquals(1, answer(bus.ask(NotificationContract.RUN_ALERTS, NoBody.INSTANCE, OPERATOR, "t")).getInteger("alerts"),
        "the next day's look tells of it again");
    assertEquals(2, events(watched, EventTypes.UTILIZATION_LOW).size());
  }

  @Test
  void aRegistrationThatCannotBeServedIsRefusedAndNothingStored() throws Exception {
    Caller alice = newPartner();
    List<String> thousandAndOne = new ArrayList<>(Collections.nCopies(1001, "c1"));
    for (WebhookCreate wrong : List.of(new WebhookCreate(null, null, null, null), new WebhookCreate("ftp://hooks.example/in", null, null, null),
        new WebhookCreate("https://user:secret@hooks.example/in", null, null, null), new WebhookCreate("https://hooks example/in", null, null, null),
        new WebhookCreate("https://hooks.example/in", List.of("order.shipped"), null, null),
        new WebhookCreate("https://hooks.example/in", null, thousandAndOne, null))) {
      assertEquals(400, refusal(bus.ask(NotificationContract.CREATE_WEBHOOK, wrong, alice, "t")), wrong.url() + " " + wrong.events());
    }
    assertEquals(404, refusal(bus.ask(NotificationContract.CREATE_WEBHOOK, new WebhookCreate("https://hooks.example/in", null,
        List.of("c-other"), null), alice, "t")), "a customer the partner does not see");
    assertEquals(0, count("SELECT count(*) FROM notification.endpoint WHERE partner_id = $1", alice.tenantId()));

    JsonObject made = answer(bus.ask(NotificationContract.CREATE_WEBHOOK, new WebhookCreate(" https://hooks.example/in ",
        List.of(EventTypes.ORDER_COMPLETED), null, "orders"), alice, "t"));
    String id = made.getString("id");
    assertTrue(made.getString("secret").startsWith("whsec_"), "the secret, shown this once");
    assertEquals("https://hooks.example/in", made.getString("url"));
    assertEquals("enabled", made.getString("status"));
    JsonObject shown = answer(bus.ask(NotificationContract.GET_WEBHOOK, new WebhookRef(id), alice, "t"));
    assertEquals(null, shown.getString("secret"));
    assertEquals(made.copy().put("secret", null), shown.put("secret", null));

    assertEquals(400, refusal(bus.ask(NotificationContract.UPDATE_WEBHOOK, new WebhookUpdate(id, null, null, null, null, null), alice, "t")),
        "nothing to change");
    JsonObject off = answer(bus.ask(NotificationContract.UPDATE_WEBHOOK, new WebhookUpdate(id, null, null, null, null, true), alice, "t"));
    assertEquals("disabled", off.getString("status"));
    assertEquals("turned off by the partner", off.getString("disabledReason"));
    assertEquals(409, refusal(bus.ask(NotificationContract.PING_WEBHOOK, new WebhookRef(id), alice, "t")), "a disabled endpoint is not pinged");
    assertEquals(404, refusal(bus.ask(NotificationContract.GET_WEBHOOK, new WebhookRef(id), newPartner(), "t")), "another partner's endpoint");
  }

  @Test
  void deliveriesArriveSignedAndInOrderThroughARetry() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    Receiver receiver = new Receiver(() -> requests.getAndIncrement() == 0 ? 500 : 204);
    Caller alice = newPartner();
    JsonObject endpoint = answer(bus.ask(NotificationContract.CREATE_WEBHOOK, new WebhookCreate(receiver.url(), null, null, null), alice, "t"));
    String secret = endpoint.getString("secret");

    List<PartnerEvent> sent = List.of(event(alice.tenantId(), "c1", 1, "{\"n\": 1}"), event(alice.tenantId(), null, 2, "{\"n\": 2}"),
        event(alice.tenantId(), "c2", 3, "{\"n\": 3, \"price\": 12.50}"));
    assertEquals(3, bus.ask(NotificationContract.RECORD_EVENTS, new EventBatch(sent), Caller.SYSTEM, "t").await(30, TimeUnit.SECONDS).recorded());
    assertEquals(0, bus.ask(NotificationContract.RECORD_EVENTS, new EventBatch(sent), Caller.SYSTEM, "t").await(30, TimeUnit.SECONDS).recorded(),
        "a relay's replay records nothing again");
    eventually("the first refused, then all three delivered", () -> receiver.received.size() >= 4);

    List<String> order = receiver.received.stream().map(d -> d.getString("id")).toList();
    assertEquals(List.of(sent.get(0).id(), sent.get(0).id(), sent.get(1).id(), sent.get(2).id()), order,
        "the ones after a failed delivery wait behind it");
    for (JsonObject delivery : receiver.received) {
      assertEquals(signature(secret, delivery), delivery.getString("signature"));
    }
    JsonObject second = new JsonObject(receiver.received.get(2).getString("body"));
    assertEquals(new JsonObject().put("id", sent.get(1).id()).put("type", EventTypes.ORDER_COMPLETED)
        .put("createdAt", sent.get(1).createdAt().toString()).put("partnerId", alice.tenantId()).putNull("customerId")
        .put("data", new JsonObject().put("n", 2)), second, "the event as the feed shows it");
    assertEquals(events(alice, null).getJsonObject(1), second);

    JsonArray log = answer(bus.ask(NotificationContract.LIST_DELIVERIES, new WebhookRef(endpoint.getString("id")), alice, "t"))
        .getJsonArray("items");
    assertEquals(3, log.size());
    JsonObject first = log.getJsonObject(0);
    assertEquals(Map.of("eventId", sent.get(0).id(), "status", "delivered", "attempts", 2, "responseCode", 204),
        Map.of("eventId", first.getString("eventId"), "status", first.getString("status"), "attempts", first.getInteger("attempts"),
            "responseCode", first.getInteger("responseCode")));
    assertTrue(first.containsKey("error") && first.getValue("error") == null, "the last attempt's error is cleared");

    JsonObject rotated = answer(bus.ask(NotificationContract.ROTATE_WEBHOOK_SECRET, new WebhookRef(endpoint.getString("id")), alice, "t"));
    assertNotNull(rotated.getString("previousSecretValidUntil"));
    answer(bus.ask(NotificationContract.PING_WEBHOOK, new WebhookRef(endpoint.getString("id")), alice, "t"));
    eventually("the ping", () -> receiver.received.size() >= 5);
    JsonObject ping = receiver.received.get(4);
    assertEquals(signature(rotated.getString("secret"), ping) + " " + signature(secret, ping), ping.getString("signature"),
        "signed with the new secret and, for a day, the old one");
  }

  @Test
  void anEndpointFailingForFiveDaysIsTurnedOffAndItsPartnerTold() throws Exception {
    Receiver receiver = new Receiver(() -> 503);
    Caller alice = newPartner();
    String failing = answer(bus.ask(NotificationContract.CREATE_WEBHOOK, new WebhookCreate(receiver.url(),
        List.of(EventTypes.ORDER_COMPLETED), null, null), alice, "t")).getString("id");
    bus.ask(NotificationContract.RECORD_EVENTS, new EventBatch(List.of(event(alice.tenantId(), "c1", 0, "{}"))), Caller.SYSTEM, "t")
        .await(30, TimeUnit.SECONDS);
    eventually("a first failed attempt", () -> receiver.received.size() >= 1);

    CLOCK.moveTo(CLOCK.instant().plus(Duration.ofDays(6)));
    eventually("the endpoint turned off", () -> {
      try {
        return answer(bus.ask(NotificationContract.GET_WEBHOOK, new WebhookRef(failing), alice, "t")).getString("status").equals("disabled");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    JsonObject off = answer(bus.ask(NotificationContract.GET_WEBHOOK, new WebhookRef(failing), alice, "t"));
    assertEquals("every delivery failed for 5 days", off.getString("disabledReason"));
    JsonArray told = events(alice, EventTypes.WEBHOOK_DISABLED);
    assertEquals(1, told.size());
    assertEquals(new JsonObject().put("webhookId", failing).put("url", receiver.url()).put("reason", "every delivery failed for 5 days"),
        told.getJsonObject(0).getJsonObject("data"));
    JsonObject given = answer(bus.ask(NotificationContract.LIST_DELIVERIES, new WebhookRef(failing), alice, "t"))
        .getJsonArray("items").getJsonObject(0);
    assertEquals("failed", given.getString("status"), "what it still had to send is given up");
    assertEquals(503, given.getInteger("responseCode"));
  }
}
