package dev.rvi.gateway.http;

import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;

/**
 * Prometheus metrics for the whole process: HTTP request latency histograms per route template,
 * method and status, event-bus and pool figures. The Vert.x instance is built with these options;
 * the gateway serves them at {@code /metrics}.
 */
public final class Metrics {
  public static final String REGISTRY = "rvi";

  private Metrics() {}

  public static VertxOptions vertxOptions() {
    return new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
        .setEnabled(true)
        .setRegistryName(REGISTRY)
        .setJvmMetricsEnabled(true)
        .addLabels(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE, Label.EB_ADDRESS, Label.POOL_NAME, Label.POOL_TYPE)
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true).setPublishQuantiles(true)));
  }
}
