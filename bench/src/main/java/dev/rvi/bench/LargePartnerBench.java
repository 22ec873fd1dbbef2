package dev.rvi.bench;

import dev.rvi.domain.paging.ContinuationToken;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A large partner through the API: {@code customers} customers with {@code reservations} reservations each (two
 * carts of up to 50 lines, checked out), then the reservation list of random customers timed, and checkout
 * throughput (a cart of one line and its checkout per cycle, each with its own Idempotency-Key) counted and
 * checked for duplicates. Any non-2xx answer fails the run.
 * <pre>java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.LargePartnerBench baseUrl token [customers] [reservations]
 *     [checkoutSeconds] [checkoutClients]</pre>
 * Prints key=value lines.
 */
public final class LargePartnerBench {
  private static BenchApi api;
  // Domains are unique per run, so the bench can run again against the same server.
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  public static void main(String[] args) throws Exception {
    api = new BenchApi(args[0], args[1]);
    int customers = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int reservations = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    int checkoutSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
    int clients = args.length > 5 ? Integer.parseInt(args[5]) : 16;
    List<String> items = new ArrayList<>();
    for (Object i : call("GET", "/v1/reservedInstances?country=US&term=P1Y&size=200", null, null).getJsonArray("items")) {
      items.add(((JsonObject) i).getString("catalogItemId"));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> made = new ArrayList<>();
    long began = System.nanoTime();
    List<Future<String>> futures = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      int n = c;
      futures.add(pool.submit(() -> customerWithReservations(n, reservations, items)));
    }
    for (Future<String> f : futures) {
      made.add(f.get());
    }
    double setupSeconds = (System.nanoTime() - began) / 1e9;
    System.out.printf("customers=%d%nreservationsEach=%d%nsetupSeconds=%.1f%n", customers, reservations, setupSeconds);

    // A warm-up the figures leave out (the list path is not yet compiled by the JIT), then the timed reads.
    double[] list = new double[1000];
    for (int i = -200; i < list.length; i++) {
      String customer = made.get(ThreadLocalRandom.current().nextInt(made.size()));
      long t = System.nanoTime();
      JsonObject page = call("GET", "/v1/customers/" + customer + "/reservations?size=100", null, null);
      if (i >= 0) {
        list[i] = (System.nanoTime() - t) / 1e6;
      }
      if (page.getJsonArray("items").size() != Math.min(100, reservations)) {
        throw new IllegalStateException("a page of " + page.getJsonArray("items").size() + " reservations");
      }
    }
    BenchApi.report("reservationList", list);
    armAgainstPartnerCenter(customers * reservations, clients);

    // Checkout throughput: one customer, many clients, every cycle its own keys.
    String[] buyer = customer("checkout-" + RUN + ".example");
    AtomicLong cycles = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService buyers = Executors.newFixedThreadPool(clients);
    List<Future<?>> loops = new ArrayList<>();
    long start = System.nanoTime();
    for (int b = 0; b < clients; b++) {
      loops.add(buyers.submit(() -> {
        while (running.get()) {
          String cart = call("POST", "/v1/customers/" + buyer[0] + "/carts", cart(buyer[1], List.of(items.get(0)), 1), UUID.randomUUID().toString())
              .getString("id");
          call("POST", "/v1/customers/" + buyer[0] + "/carts/" + cart + "/checkout", "", UUID.randomUUID().toString());
          cycles.incrementAndGet();
        }
        return null;
      }));
    }
    Thread.sleep(checkoutSeconds * 1000L);
    running.set(false);
    for (Future<?> f : loops) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long orders = call("GET", "/v1/customers/" + buyer[0] + "/orders?size=1", null, null).getLong("totalCount");
    System.out.printf("checkoutCycles=%d%ncheckoutSeconds=%.1f%ncheckoutsPerSecond=%.1f%nordersCounted=%d%nduplicates=%d%n",
        cycles.get(), seconds, cycles.get() / seconds, orders, orders - cycles.get());
    pool.shutdown();
    buyers.shutdown();
  }

  /**
   * The same page of the partner's reservations across its customers (100 at a random offset) through Azure's path and
   * through {@code /v1}, {@code clients} at once, alternating rounds: Azure's answer is the {@code /v1} one written again
   * in ARM's shapes, so the {@code /v1} list is its baseline, measured in the same run.
   */
  private static void armAgainstPartnerCenter(int total, int clients) throws Exception {
    ExecutorService readers = Executors.newFixedThreadPool(clients);
    // Each page counts the partner's whole list: at real size a read costs tens of milliseconds, so fewer of them.
    int rounds = 2;
    int each = 10;
    double[] arm = new double[rounds * clients * each];
    double[] v1 = new double[rounds * clients * each];
    long[] nanos = new long[2];
    for (int round = -1; round < rounds; round++) {
      for (int kind = 0; kind < 2; kind++) {
        boolean azure = kind == 0;
        int base = Math.max(round, 0) * clients * each;
        boolean counted = round >= 0;
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int slot = base + c * each;
          work.add(readers.submit(() -> {
            for (int i = 0; i < each; i++) {
              int offset = ThreadLocalRandom.current().nextInt(Math.max(1, total - 100));
              long t = System.nanoTime();
              JsonObject page = azure
                  ? call("GET", "/providers/Microsoft.Capacity/reservations?api-version=2022-11-01&take=100&%24skiptoken=" + offset, null, null)
                  : call("GET", "/v1/reservations?size=100&continuationToken=" + ContinuationToken.encode(offset), null, null);
              if (counted) {
                (azure ? arm : v1)[slot + i] = (System.nanoTime() - t) / 1e6;
              }
              if (page.getJsonArray(azure ? "value" : "items").isEmpty()) {
                throw new IllegalStateException("an empty page at " + offset);
              }
            }
            return null;
          }));
        }
        for (Future<?> f : work) {
          f.get();
        }
        if (counted) {
          nanos[kind] += System.nanoTime() - start;
        }
      }
    }
    readers.shutdown();
    BenchApi.report("armReservationList", arm);
    BenchApi.report("partnerReservationList", v1);
    double armRate = arm.length / (nanos[0] / 1e9);
    double v1Rate = v1.length / (nanos[1] / 1e9);
    System.out.printf("armListsPerSecond=%.0f%npartnerListsPerSecond=%.0f%narmAgainstPartner=%.2f%n", armRate, v1Rate, armRate / v1Rate);
  }

  private static String customerWithReservations(int n, int reservations, List<String> items) {
    String[] c = customer("large-" + n + "-" + RUN + ".example");
    int left = reservations;
    int offset = n;
    while (left > 0) {
      int lines = Math.min(50, left);
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        chosen.add(items.get((offset + i) % items.size()));
      }
      offset += lines;
      String cart = call("POST", "/v1/customers/" + c[0] + "/carts", cart(c[1], chosen, 1), null).getString("id");
      call("POST", "/v1/customers/" + c[0] + "/carts/" + cart + "/checkout", "", null);
      left -= lines;
    }
    return c[0];
  }

  private static String[] customer(String domain) {
    String customer = call("POST", "/v1/customers", new JsonObject().put("companyProfile", new JsonObject().put("domain", domain))
        .put("billingProfile", new JsonObject().put("companyName", domain).put("defaultAddress", new JsonObject().put("country", "US")))
        .encode(), null).getString("id");
    String subscription = call("POST", "/v1/customers/" + customer + "/subscriptions", "{\"friendlyName\":\"bench\"}", null).getString("id");
    call("POST", "/v1/customers/" + customer + "/subscriptions/" + subscription + "/registrations", "", null);
    return new String[] {customer, subscription};
  }

  private static String cart(String subscription, List<String> items, int quantity) {
    JsonArray lines = new JsonArray();
    for (int i = 0; i < items.size(); i++) {
      lines.add(new JsonObject().put("id", i).put("catalogItemId", items.get(i)).put("quantity", quantity).put("termDuration", "P1Y")
          .put("billingCycle", "OneTime").put("provisioningContext", new JsonObject().put("subscriptionId", subscription).put("scope", "shared")));
    }
    return new JsonObject().put("lineItems", lines).encode();
  }

  private static JsonObject call(String method, String path, String body, String key) {
    return api.call(method, path, body, key);
  }



}
