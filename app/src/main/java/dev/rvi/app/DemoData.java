package dev.rvi.app;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogQuery;
import dev.rvi.domain.catalog.PriceSheetReport;
import dev.rvi.domain.catalog.PriceSheetSender;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.ApiException;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo: the bundled SAMPLE price sheet and a direct partner, an indirect provider and two
 * resellers. Loaded over the bus like any operator would, and only where nothing is there yet. Writes that
 * happen meanwhile (another node's operator onboarding a partner, say) are tolerated: a demo partner someone else
 * onboarded first is left as it is, and customers are made only for the demo partners this load onboarded.
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
    return loadPricesIfEmpty().compose(v -> loadPartnersIfEmpty()).compose(onboarded -> new DemoCustomers(bus).loadIfEmpty(onboarded));
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

  /** The tenant ids of the demo partners this load onboarded (none when the database already had partners). */
  private Future<Set<String>> loadPartnersIfEmpty() {
    return bus.ask(DirectoryContract.LIST_PARTNERS, NoBody.INSTANCE, Caller.SYSTEM, "demo")
        .compose(list -> new JsonObject(list.json()).getLong("totalCount") > 0 ? Future.succeededFuture(Set.<String>of()) : onboardPartners());
  }

  /** The demo partners and their customers, past whatever someone else made meanwhile. */
  Future<Void> loadPartnersAndCustomers() {
    return onboardPartners().compose(onboarded -> new DemoCustomers(bus).loadIfEmpty(onboarded));
  }

  private Future<Set<String>> onboardPartners() {
    Set<String> onboarded = ConcurrentHashMap.newKeySet();
    Future<Void> chain = Future.succeededFuture();
    for (PartnerOnboarding p : List.of(CONTOSO, FABRIKAM, NORTHWIND, TAILSPIN)) {
      chain = chain.compose(v -> unlessTaken(bus.ask(DirectoryContract.ONBOARD_PARTNER, p, Caller.SYSTEM, "demo")
          .onSuccess(done -> onboarded.add(p.id())).mapEmpty(), "partner " + p.id()));
    }
    for (PartnerOnboarding r : List.of(NORTHWIND, TAILSPIN)) {
      chain = chain.compose(v -> onboarded.contains(FABRIKAM.id()) && onboarded.contains(r.id())
          ? unlessTaken(bus.ask(DirectoryContract.LINK_RESELLER, new ResellerLink(FABRIKAM.id(), r.id()), Caller.SYSTEM, "demo")
              .mapEmpty(), "the link to " + r.id())
          : Future.succeededFuture());
    }
    return chain.onSuccess(v -> LOG.info("Onboarded the demo partners")).map(v -> Set.copyOf(onboarded));
  }

  /** A conflict means someone made the same thing meanwhile: theirs stands, and the demo goes on without it. */
  static Future<Void> unlessTaken(Future<Void> write, String what) {
    return write.recover(e -> {
      if (e instanceof ApiException refused && refused.error().httpStatus() == 409) {
        LOG.info("Demo data: {} was made meanwhile; left as it is", what);
        return Future.succeededFuture();
      }
      return Future.failedFuture(e);
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
