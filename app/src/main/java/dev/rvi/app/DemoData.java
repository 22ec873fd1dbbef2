package dev.rvi.app;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogQuery;
import dev.rvi.domain.catalog.PriceSheetReport;
import dev.rvi.domain.catalog.PriceSheetSender;
import dev.rvi.domain.partner.PartnerContract;
import dev.rvi.domain.partner.PartnerOnboarding;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.partner.ResellerLink;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo: the bundled SAMPLE price sheet and a direct partner, an indirect provider and two
 * resellers. Loaded over the bus like any operator would, and only where nothing is there yet.
 */
public final class DemoData {
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  public static final String SAMPLE_PRICE_SHEET = "/catalog/sample-price-sheet.json";
  public static final String OPERATOR_TENANT = "operator";
  public static final PartnerOnboarding CONTOSO = new PartnerOnboarding(
      "5d9b1c6e-0000-4000-8000-00000000c001", "Contoso Cloud Services", "4711001", PartnerType.direct, "US");
  public static final PartnerOnboarding FABRIKAM = new PartnerOnboarding(
      "5d9b1c6e-0000-4000-8000-00000000f002", "Fabrikam Distribution", "4711002", PartnerType.indirectProvider, "US");
  public static final PartnerOnboarding NORTHWIND = new PartnerOnboarding(
      "5d9b1c6e-0000-4000-8000-00000000a003", "Northwind Traders IT", "4711003", PartnerType.indirectReseller, "US");
  public static final PartnerOnboarding TAILSPIN = new PartnerOnboarding(
      "5d9b1c6e-0000-4000-8000-00000000b004", "Tailspin Cloud Reseller", "4711004", PartnerType.indirectReseller, "GB");

  private final BusClient bus;

  public DemoData(Vertx vertx) {
    this.bus = new BusClient(vertx, 300_000);
  }

  public Future<Void> loadIfEmpty() {
    return loadPricesIfEmpty().compose(v -> loadPartnersIfEmpty()).compose(v -> new DemoCustomers(bus).loadIfEmpty());
  }

  private Future<Void> loadPricesIfEmpty() {
    return bus.ask(CatalogContract.LIST_PRODUCTS, CatalogQuery.of("US", null, null), Caller.SYSTEM, "demo")
        .compose(products -> {
          if (new JsonObject(products.json()).getLong("totalCount") > 0) {
            return Future.succeededFuture();
          }
          return new PriceSheetSender(bus).sendWhole("sample-price-sheet.json (SAMPLE prices)", Buffer.buffer(samplePriceSheet()),
                  Caller.SYSTEM, "demo")
              .onSuccess(report -> LOG.info("Loaded the SAMPLE price sheet: {}", summary(report)))
              .mapEmpty();
        });
  }

  private Future<Void> loadPartnersIfEmpty() {
    return bus.ask(PartnerContract.LIST_PARTNERS, NoBody.INSTANCE, Caller.SYSTEM, "demo")
        .compose(list -> {
          if (new JsonObject(list.json()).getLong("totalCount") > 0) {
            return Future.succeededFuture();
          }
          Future<Void> chain = Future.succeededFuture();
          for (PartnerOnboarding p : List.of(CONTOSO, FABRIKAM, NORTHWIND, TAILSPIN)) {
            chain = chain.compose(v -> bus.ask(PartnerContract.ONBOARD_PARTNER, p, Caller.SYSTEM, "demo").mapEmpty());
          }
          for (PartnerOnboarding r : List.of(NORTHWIND, TAILSPIN)) {
            chain = chain.compose(v -> bus.ask(PartnerContract.LINK_RESELLER, new ResellerLink(FABRIKAM.id(), r.id()), Caller.SYSTEM, "demo")
                .mapEmpty());
          }
          return chain.onSuccess(v -> LOG.info("Onboarded the demo partners"));
        });
  }

  public static String samplePriceSheet() {
    try (InputStream in = DemoData.class.getResourceAsStream(SAMPLE_PRICE_SHEET)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String summary(PriceSheetReport report) {
    return report.rowsLoaded() + " rows loaded, " + report.rowsRejected() + " rejected";
  }
}
