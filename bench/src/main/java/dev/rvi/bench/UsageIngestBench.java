package dev.rvi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingest through the API: 1,000 VMs x 60 days of hourly usage (1.44 million records) posted in
 * requests of 20,000 records over 2 connections, then the utilization, the reservation and savings-plan recommendations
 * and the benefit comparison timed.
 * {@code java -cp ... dev.rvi.bench.UsageIngestBench <baseUrl> <token> <customerId> <subscriptionId> <reservationPath>}
 */
public final class UsageIngestBench {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    String customer = args[2];
    String subscription = args[3];
    String reservationPath = args[4];
    int vms = 1000;
    int hours = 60 * 24;
    int perRequest = 20_000;
    Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
    Instant start = end.minus(Duration.ofHours(hours));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<String> bodies = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    int inBody = 0;
    for (int h = 0; h < hours; h++) {
      String hour = start.plus(Duration.ofHours(h)).toString();
      for (int v = 0; v < vms; v++) {
        if (inBody == 0) {
          body.setLength(0);
          body.append("{\"items\":[");
        } else {
          body.append(',');
        }
        body.append("{\"usageStartTime\":\"").append(hour).append("\",\"resourceId\":\"/subscriptions/").append(subscription)
            .append("/vm-").append(v).append("\",\"armSkuName\":\"").append(EngineBench.SIZES[v % EngineBench.SIZES.length])
            .append("\",\"armRegionName\":\"").append(EngineBench.REGIONS[v % 2]).append("\",\"quantity\":")
            .append(v % 10 == 0 && h % 24 > 8 ? "0.5" : "1").append('}');
        if (++inBody == perRequest) {
          bodies.add(body.append("]}").toString());
          inBody = 0;
        }
      }
    }
    if (inBody > 0) {
      bodies.add(body.append("]}").toString());
    }
    AtomicLong stored = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    long began = System.nanoTime();
    List<Future<?>> sent = new ArrayList<>();
    for (String b : bodies) {
      sent.add(pool.submit(() -> {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/customers/" + customer + "/subscriptions/"
                + subscription + "/usage")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(b)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        stored.addAndGet(perRequest);
        return null;
      }));
    }
    for (Future<?> f : sent) {
      f.get();
    }
    double ingestSeconds = (System.nanoTime() - began) / 1e9;
    pool.shutdown();
    System.out.printf("records=%d%n", (long) vms * hours);
    System.out.printf("requests=%d%n", bodies.size());
    System.out.printf("ingestSeconds=%.1f%n", ingestSeconds);
    System.out.printf("ingestRecordsPerSecond=%.0f%n", vms * hours / ingestSeconds);
    String from = start.toString().substring(0, 10);
    String to = end.minus(Duration.ofHours(1)).toString().substring(0, 10);
    time(http, base + reservationPath + "/utilization?grain=daily&from=" + from + "&to=" + to, token, "utilization60Days");
    overview(http, base + reservationPath, token);
    // The baseline: what each overview read did before the roll-up, the engine over the last 30 days of usage.
    String monthAgo = end.minus(Duration.ofDays(30)).toString().substring(0, 10);
    latencies(http, base + reservationPath + "/utilization?grain=daily&from=" + monthAgo + "&to=" + to, token, 10, "engine30Days");
    time(http, base + "/v1/customers/" + customer + "/reservationRecommendations?scope=Shared&lookBackPeriod=Last60Days&term=P1Y", token,
        "recommendations60Days");
    time(http, base + "/v1/customers/" + customer + "/reservationRecommendations?scope=Shared&lookBackPeriod=Last60Days&term=P1Y", token,
        "recommendations60DaysAgain");
    String plans = base + "/v1/customers/" + customer + "/savingsPlanRecommendations?lookBackPeriod=Last60Days&term=P1Y&scope=";
    time(http, plans + "Shared", token, "savingsPlanShared60Days");
    time(http, plans + "Shared", token, "savingsPlanShared60DaysAgain");
    time(http, plans + "Single", token, "savingsPlanSingle60Days");
    time(http, plans + "Single", token, "savingsPlanSingle60DaysAgain");
    String comparison = base + "/v1/customers/" + customer + "/benefitComparison?lookBackPeriod=Last60Days&term=P1Y";
    time(http, comparison, token, "comparison60Days");
    time(http, comparison, token, "comparison60DaysAgain");
  }

  /** The reservation's overview (utilization from the daily roll-up): its first read, then many. */
  private static void overview(HttpClient http, String url, String token) throws Exception {
    time(http, url, token, "overviewFirst");
    latencies(http, url, token, 20, "overviewWarmUp");
    latencies(http, url, token, 500, "overview");
  }

  private static void latencies(HttpClient http, String url, String token, int count, String name) throws Exception {
    double[] ms = new double[count];
    for (int i = 0; i < count; i++) {
      long began = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
          .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
      ms[i] = (System.nanoTime() - began) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(name + " answered " + r.statusCode() + ": " + r.body());
      }
    }
    Arrays.sort(ms);
    System.out.printf("%sP50Ms=%.1f%n", name, ms[count / 2]);
    System.out.printf("%sP99Ms=%.1f%n", name, ms[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)]);
    System.out.printf("%sCount=%d%n", name, count);
  }

  private static void time(HttpClient http, String url, String token, String name) throws Exception {
    long began = System.nanoTime();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    System.out.printf("%sSeconds=%.2f%n", name, (System.nanoTime() - began) / 1e9);
    System.out.printf("%sStatus=%d%n", name, r.statusCode());
    System.out.printf("%sBytes=%d%n", name, r.body().length());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(name + " answered " + r.statusCode() + ": " + r.body());
    }
  }
}
