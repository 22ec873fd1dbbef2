package dev.rvi.catalog;

import dev.rvi.catalog.inventory.InventoryItem;
import dev.rvi.catalog.inventory.InventoryItemView;
import dev.rvi.catalog.load.PriceLoads;
import dev.rvi.catalog.market.Market;
import dev.rvi.catalog.market.MarketMapper;
import dev.rvi.catalog.price.IndexedPrice;
import dev.rvi.catalog.price.PriceMapper;
import dev.rvi.catalog.price.Product;
import dev.rvi.catalog.price.Sku;
import dev.rvi.catalog.price.SkuPage;
import dev.rvi.catalog.pricelist.PriceBooks;
import dev.rvi.catalog.pricelist.PriceLists;
import dev.rvi.catalog.pricelist.TierPricing;
import dev.rvi.catalog.product.AvailabilityView;
import dev.rvi.catalog.product.CatalogItems;
import dev.rvi.catalog.product.ProductView;
import dev.rvi.catalog.product.SavingsPlanAvailabilityView;
import dev.rvi.catalog.product.SavingsPlanProductView;
import dev.rvi.catalog.product.SavingsPlanSkuView;
import dev.rvi.catalog.product.SkuView;
import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.catalog.reference.ReferenceData;
import dev.rvi.catalog.savingsplan.SavingsPlanCatalog;
import dev.rvi.catalog.search.CatalogIndex;
import dev.rvi.catalog.search.PriceIndex;
import dev.rvi.catalog.search.ReservedInstanceView;
import dev.rvi.catalog.search.SoldRegionView;
import dev.rvi.catalog.sql.CatalogSql;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.BusRequest;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.catalog.CatalogAction;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.CatalogItemId;
import dev.rvi.domain.catalog.CatalogItemLookup;
import dev.rvi.domain.catalog.CatalogQuery;
import dev.rvi.domain.catalog.GroupPriceQuery;
import dev.rvi.domain.catalog.GroupPrices;
import dev.rvi.domain.catalog.InventoryCheck;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.SavingsPlanRateQuery;
import dev.rvi.domain.catalog.SavingsPlanRates;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.outbox.EventOutbox;
import dev.rvi.domain.outbox.OutboxTopic;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.pricing.PricedItem;
import dev.rvi.domain.pricing.PricingScope;
import dev.rvi.domain.pricing.PricingTiers;
import dev.rvi.domain.pricing.TierPrices;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Answers the catalog's event-bus actions: browse, search, inventory, price-sheet loads. */
public final class CatalogVerticle extends ServiceVerticle {
  static final String SOURCE = "catalog";
  /** Partner Center's catalog view of every Azure item: the reservations and the savings plan. */
  static final String ALL_AZURE = "Azure";
  /** The most regions or sizes one savings-plan rates question names. */
  static final int MAX_RATE_NAMES = 1_000;

  private final Pool pool;
  private final Clock clock;
  private final CatalogConfig config;
  private final ReferenceData reference;
  private static final Set<String> OPERATORS = Set.of(Role.OPERATOR);
  /** A partner's admin agents edit its price lists; its sales agents read them; nobody else sees them. */
  private static final Set<String> PRICE_LIST_EDITORS = Set.of(Role.ADMIN_AGENT);
  private static final Set<String> PRICE_LIST_READERS = Set.of(Role.ADMIN_AGENT, Role.SALES_AGENT);
  private final CatalogIndex index;
  private final SavingsPlanCatalog savingsPlans;
  private PriceLoads loads;
  private final Map<String, Market> markets = new HashMap<>();

  private final PriceBooks books;
  private TierPricing pricing;
  private PriceLists priceLists;

  public CatalogVerticle(Pool pool, Clock clock, CatalogConfig config, ReferenceData reference, CatalogIndex index, PriceBooks books) {
    super(Address.CATALOG, SOURCE);
    this.index = index;
    this.books = books;
    this.pool = pool;
    this.clock = clock;
    this.config = config;
    this.reference = reference;
    this.savingsPlans = new SavingsPlanCatalog(pool);
  }

  @Override
  public Future<?> start() {
    return pool.query(CatalogSql.MARKETS).execute().compose(rows -> {
      for (Row r : rows) {
        Market market = MarketMapper.of(r);
        markets.put(market.country(), market);
      }
      return index.start(vertx).compose(v -> super.start()).compose(v -> loads.markOrphans());
    });
  }

  @Override
  protected void registerActions() {
    pricing = new TierPricing(new BusClient(vertx, 5_000), books, clock);
    Set<String> currencies = new HashSet<>();
    markets.values().forEach(m -> currencies.add(m.currency()));
    priceLists = new PriceLists(vertx, pool, clock, pricing, books, index, Set.copyOf(currencies), reference.regions()::containsKey);
    on(CatalogContract.SEARCH_RESERVED_INSTANCES, (r, q) -> search(r, q).map(Document::new));
    on(CatalogContract.CREATE_PRICE_LIST, PRICE_LIST_EDITORS, (r, q) -> priceLists.create(r, q).map(Document::of));
    on(CatalogContract.UPDATE_PRICE_LIST, PRICE_LIST_EDITORS, (r, q) -> priceLists.update(r, q).map(Document::of));
    on(CatalogContract.ASSIGN_PRICE_LIST, PRICE_LIST_EDITORS, (r, q) -> priceLists.assign(r, q).map(Document::of));
    on(CatalogContract.UNASSIGN_PRICE_LIST, PRICE_LIST_EDITORS, (r, q) -> priceLists.unassign(r, q).map(Document::of));
    on(CatalogContract.PREVIEW_PRICE_LIST, PRICE_LIST_EDITORS, (r, q) -> priceLists.preview(r, q).map(Document::of));
    on(CatalogContract.GET_PRICE_LIST, PRICE_LIST_READERS, (r, q) -> priceLists.get(r, q).map(Document::of));
    on(CatalogContract.LIST_PRICE_LISTS, PRICE_LIST_READERS, (r, q) -> priceLists.list(r, q).map(Document::of));
    on(CatalogContract.LIST_PRICE_LIST_REVISIONS, PRICE_LIST_READERS, (r, q) -> priceLists.revisions(r, q).map(Document::of));
    on(CatalogContract.LIST_REGIONS, (r, q) -> regions(q).map(Document::of));
    on(CatalogContract.LIST_PRODUCTS, (r, q) -> products(q, false).map(Document::of));
    on(CatalogContract.GET_PRODUCT, (r, q) -> products(q, true).map(Document::of));
    on(CatalogContract.LIST_SKUS, (r, q) -> skus(q, false).map(Document::of));
    on(CatalogContract.GET_SKU, (r, q) -> skus(q, true).map(Document::of));
    on(CatalogContract.LIST_AVAILABILITIES, (r, q) -> availabilities(r, q).map(Document::of));
    on(CatalogContract.CHECK_INVENTORY, (r, q) -> checkInventory(q).map(items -> new Document(items.encode())));
    loads = new PriceLoads(vertx, pool, clock, reference, index, this::serveAt);
    on(CatalogContract.OPEN_PRICE_LOAD, OPERATORS, (r, q) -> loads.open(q.name()));
    on(CatalogAction.PRICE_LOAD_CHUNK.name(), OPERATORS, r -> loads.part(r).map(ContractJson::encode));
    on(CatalogContract.COMMIT_PRICE_LOAD, OPERATORS, (r, q) -> loads.commit(q.loadId()));
    on(CatalogContract.ABANDON_PRICE_LOAD, OPERATORS, (r, q) -> loads.abandon(q.loadId()));
    on(CatalogContract.GET_PRICE_LOAD, OPERATORS, (r, q) -> loads.get(q.loadId()));
    on(CatalogContract.LIST_PRICE_LOADS, OPERATORS, (r, q) -> loads.list().map(Document::of));
    on(CatalogContract.RESOLVE_CATALOG_ITEM, (r, lookup) -> resolve(lookup));
    on(CatalogContract.GROUP_PRICES, (r, q) -> groupPrices(q));
    on(CatalogContract.RESOLVE_SAVINGS_PLAN, (r, lookup) -> resolveSavingsPlan(lookup));
    on(CatalogContract.SAVINGS_PLAN_RATES, (r, q) -> savingsPlanRates(q));

    // One relay per process; relays on several nodes are kept apart by their claims.
    if (vertx.sharedData().<String, String>getLocalMap("rvi.catalog.jobs").putIfAbsent("relay", deploymentID()) == null) {
      OutboxTopic events = new EventOutbox(CatalogSql.OUTBOX).relay(pool, new BusClient(vertx, 5_000));
      events.deliverEvery(vertx, 1_000);
    }
  }

  @Override
  public Future<?> stop() throws Exception {
    vertx.sharedData().<String, String>getLocalMap("rvi.catalog.jobs").removeIfPresent("relay", deploymentID());
    return loads.close().compose(v -> {
      try {
        return super.stop();
      } catch (Exception e) {
        return Future.failedFuture(e);
      }
    });
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }

  private Market market(String country) {
    if (country == null || country.isBlank()) {
      throw Errors.badRequest(SOURCE, "country is required (ISO 3166 two-letter code, e.g. US)");
    }
    Market market = markets.get(country.toUpperCase(Locale.ROOT));
    if (market == null) {
      throw Errors.badRequest(SOURCE, "country " + country + " is not a known market");
    }
    return market;
  }

  private void requireRegion(String armRegionName) {
    if (!reference.regions().containsKey(armRegionName.toLowerCase(Locale.ROOT))) {
      throw Errors.badRequest(SOURCE, "armRegionName " + armRegionName + " is not an Azure region");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private Future<String> search(BusRequest r, ReservedInstanceSearch q) {
    Market market = market(q.country());
    q.armRegionNames().forEach(this::requireRegion);
    List<String> series = new ArrayList<>();
    for (String s : q.series()) {
      String lower = s.toLowerCase(Locale.ROOT).trim();
      series.add(lower);
      series.add(lower.endsWith(" series") ? lower.substring(0, lower.length() - 7) : lower + " series");
    }
    PriceIndex.Filter filter = new PriceIndex.Filter(market.currency(), q.armRegionNames(), series, q.armSkuNames(), q.term(),
        q.minCores(), q.maxCores(), q.text() == null || q.text().isBlank() ? null : q.text().trim());
    return pricing.pricer(r, q.pricing(), market.currency(), q.customerView()).compose(pricer -> index.now()
        .map(prices -> ReservedInstanceView.page(prices.search(filter, q.sort(), q.offset(), q.size()), market, q.offset(), q.pageUri(), pricer)));
  }

  private Future<JsonObject> regions(CatalogQuery q) {
    Market market = market(q.country());
    return index.now().map(prices -> SoldRegionView.page(prices.regions(market.currency())));
  }

  private Future<JsonObject> products(CatalogQuery q, boolean one) {
    Market market = market(q.country());
    if (one && SavingsPlanCatalog.isProduct(q.productId())) {
      return savingsPlansSold(market, q).map(plans -> SavingsPlanProductView.of(market.country()));
    }
    // The savings plan is listed in the view of every Azure item only; the reservations' views list the series.
    Future<List<SavingsPlanItem>> plans = !one && ALL_AZURE.equalsIgnoreCase(q.targetView()) ? savingsPlans.sold(market, clock.instant())
        : Future.succeededFuture(List.of());
    Tuple args = Tuple.of(market.currency(), now(), one ? q.productId() : null);
    return plans.compose(sold -> pool.preparedQuery(CatalogSql.PRODUCTS).execute(args).map(rows -> {
      List<Product> products = new ArrayList<>();
      rows.forEach(row -> products.add(PriceMapper.product(row)));
      if (one) {
        if (products.isEmpty()) {
          throw Errors.notFound(SOURCE, "product " + q.productId() + " not found");
        }
        return ProductView.of(products.get(0), market.country());
      }
      JsonArray items = new JsonArray();
      products.forEach(product -> items.add(ProductView.of(product, market.country())));
      if (!sold.isEmpty()) {
        items.add(SavingsPlanProductView.of(market.country()));
      }
      return CollectionPage.of(items);
    }));
  }

  /** The savings plan's items sold in the market now; 404 as for any product when it has none there. */
  private Future<List<SavingsPlanItem>> savingsPlansSold(Market market, CatalogQuery q) {
    return savingsPlans.sold(market, clock.instant()).map(sold -> {
      if (sold.isEmpty()) {
        throw Errors.notFound(SOURCE, "product " + q.productId() + " not found");
      }
      return sold;
    });
  }

  /** A SKU of the savings plan sold in the market now, or 404. */
  private Future<SavingsPlanItem> savingsPlanSku(Market market, CatalogQuery q) {
    return savingsPlansSold(market, q).map(plans -> plans.stream().filter(plan -> plan.skuId().equals(q.skuId())).findFirst()
        .orElseThrow(() -> Errors.notFound(SOURCE, "sku " + q.skuId() + " of product " + q.productId() + " not found")));
  }

  private Future<JsonObject> savingsPlanSkus(Market market, CatalogQuery q) {
    return savingsPlansSold(market, q).map(plans -> {
      JsonArray items = new JsonArray();
      plans.stream().skip(q.offset()).limit(q.size()).forEach(plan -> items.add(SavingsPlanSkuView.of(plan)));
      return CollectionPage.of(items, plans.size(), q.offset(), q.pageUri());
    });
  }

  private Future<SkuPage> skuPage(Market market, CatalogQuery q, String skuId, int size, int offset) {
    return pool.preparedQuery(CatalogSql.SKUS)
        .execute(Tuple.of(market.currency(), now(), q.productId(), skuId, size, offset)).map(PriceMapper::skuPage);
  }

  private Future<JsonObject> skus(CatalogQuery q, boolean one) {
    Market market = market(q.country());
    if (SavingsPlanCatalog.isProduct(q.productId())) {
      return one ? savingsPlanSku(market, q).map(SavingsPlanSkuView::of) : savingsPlanSkus(market, q);
    }
    int size = one ? 1 : q.size();
    int offset = one ? 0 : q.offset();
    return skuPage(market, q, one ? q.skuId() : null, size, offset).map(page -> {
      if (one) {
        if (page.skus().isEmpty()) {
          throw Errors.notFound(SOURCE, "sku " + q.skuId() + " of product " + q.productId() + " not found");
        }
        return SkuView.of(page.skus().get(0), market.country(), config.maximumQuantity());
      }
      if (page.skus().isEmpty()) {
        return requireProduct(q);
      }
      JsonArray items = new JsonArray();
      page.skus().forEach(sku -> items.add(SkuView.of(sku, market.country(), config.maximumQuantity())));
      return CollectionPage.of(items, page.total(), offset, q.pageUri());
    });
  }

  /** No SKU on the first page: no such product; past the last page: an empty one. */
  private JsonObject requireProduct(CatalogQuery q) {
    if (q.offset() == 0) {
      throw Errors.notFound(SOURCE, "product " + q.productId() + " not found");
    }
    return CollectionPage.of(new JsonArray());
  }

  /** A reservation's availability shows its price at the caller's tier, as the search does: a reseller never sees Microsoft's. */
  private Future<JsonObject> availabilities(BusRequest r, CatalogQuery q) {
    Market market = market(q.country());
    if (SavingsPlanCatalog.isProduct(q.productId())) {
      return savingsPlanSku(market, q).map(plan -> CollectionPage.of(new JsonArray().add(SavingsPlanAvailabilityView.of(plan))));
    }
    return skuPage(market, q, q.skuId(), 1, 0).compose(page -> {
      if (page.skus().isEmpty()) {
        throw Errors.notFound(SOURCE, "sku " + q.skuId() + " of product " + q.productId() + " not found");
      }
      Sku sku = page.skus().get(0);
      return pricing.pricer(r, PricingScope.NONE, market.currency(), false).map(pricer -> CollectionPage.of(new JsonArray().add(
          AvailabilityView.of(sku, market, pricer == null ? null : pricer.of(CatalogItems.of(sku, market).priced(), sku.unitPrice())))));
    });
  }

  private Future<JsonArray> checkInventory(InventoryCheck check) {
    Market market = market(check.country());
    if (check.targetItems().isEmpty()) {
      throw Errors.badRequest(SOURCE, "TargetItems must name at least one product");
    }
    String region = check.inventoryContext().get("armRegionName");
    if (region != null && !region.isBlank()) {
      requireRegion(region.trim());
    }
    // As Partner Center answers: one result per SKU (a product named alone stands for each of its SKUs), items the
    // catalog does not have left out, and each restriction with its reason code and properties.
    String wanted = region == null || region.isBlank() ? null : region.trim();
    List<Future<List<JsonObject>>> results = new ArrayList<>();
    for (InventoryCheck.Item item : check.targetItems()) {
      CatalogQuery q = CatalogQuery.of(market.country(), item.productId(), item.skuId());
      results.add(skuPage(market, q, item.skuId(), 1000, 0).map(page -> {
        List<JsonObject> skus = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sku sku : page.skus()) {
          if (seen.add(sku.skuId())) {
            skus.add(InventoryItemView.of(InventoryItem.checked(sku, market, wanted)));
          }
        }
        return skus;
      }));
    }
    return Future.all(results).map(all -> {
      JsonArray out = new JsonArray();
      for (Future<List<JsonObject>> result : results) {
        result.result().forEach(out::add);
      }
      return out;
    });
  }

  private Future<CatalogItem> resolve(CatalogItemLookup lookup) {
    Market market = market(lookup.country());
    CatalogItemId id = CatalogItemId.parse(lookup.catalogItemId())
        .orElseThrow(() -> Errors.badRequest(SOURCE, "catalogItemId must be productId:skuId:availabilityId"));
    Instant at = lookup.at() == null ? clock.instant() : lookup.at();
    if (!CatalogIds.availability(id.skuId(), market.currency()).equals(id.availabilityId())) {
      throw Errors.notFound(SOURCE, "catalog item " + lookup.catalogItemId() + " is not in the catalog of " + market.country());
    }
    // Every cart line asks this: from the snapshot of the prices in force when it holds at that moment.
    return index.now().compose(prices -> prices.holdsAt(at) ? Future.succeededFuture(fromIndex(prices, market, id, lookup))
        : fromDatabase(market, id, at, lookup)).compose(item -> tiered(item, lookup.tiers(), at));
  }

  /**
   * With the tiers asked for, each tier's unit price from the price lists in force on the day of {@code at}; none when no
   * tier has a list in force (each sells at its cost, Microsoft's price).
   */
  private Future<CatalogItem> tiered(CatalogItem item, PricingTiers tiers, Instant at) {
    if (tiers == null) {
      return Future.succeededFuture(item);
    }
    return pricing.books(tiers, item.currencyCode(), LocalDate.ofInstant(at, ZoneOffset.UTC))
        .map(books -> books.stream().allMatch(Objects::isNull) ? item
            : item.withTierPrices(TierPrices.levels(item.priced(), item.unitPrice(), books)));
  }

  private CatalogItem fromIndex(PriceIndex prices, Market market, CatalogItemId id, CatalogItemLookup lookup) {
    IndexedPrice p = prices.find(market.currency(), id.productId(), id.skuId());
    if (p == null) {
      throw Errors.notFound(SOURCE, "catalog item " + lookup.catalogItemId() + " is not in the catalog of " + market.country());
    }
    return CatalogItems.of(p, market);
  }

  private Future<CatalogItem> fromDatabase(Market market, CatalogItemId id, Instant at, CatalogItemLookup lookup) {
    return pool.preparedQuery(CatalogSql.CATALOG_ITEM)
        .execute(Tuple.of(market.currency(), at.atOffset(ZoneOffset.UTC), id.productId(), id.skuId()))
        .map(rows -> {
          if (rows.size() == 0 || !CatalogIds.availability(id.skuId(), market.currency()).equals(id.availabilityId())) {
            throw Errors.notFound(SOURCE, "catalog item " + lookup.catalogItemId() + " is not in the catalog of " + market.country());
          }
          return CatalogItems.of(PriceMapper.sku(rows.iterator().next()), market);
        });
  }

  /**
   * The order service, before it sells a savings plan: the plan's item of the id's term when that term is sold in the
   * market at the moment asked (purchasable where the market's reservations are), else 404; a reservation's id is not one.
   */
  private Future<SavingsPlanItem> resolveSavingsPlan(CatalogItemLookup lookup) {
    Market market = market(lookup.country());
    if (CatalogItemId.parse(lookup.catalogItemId()).isEmpty()) {
      throw Errors.badRequest(SOURCE, "catalogItemId must be productId:skuId:availabilityId");
    }
    Term term = SavingsPlanProduct.termOf(lookup.catalogItemId()).orElseThrow(() -> Errors.notFound(SOURCE,
        "catalog item " + lookup.catalogItemId() + " is not a savings plan"));
    Instant at = lookup.at() == null ? clock.instant() : lookup.at();
    return savingsPlans.sold(market, term, at).map(plan -> plan.orElseThrow(() -> Errors.notFound(SOURCE,
        "the savings plan " + lookup.catalogItemId() + " is not sold in " + market.country())))
        .compose(item -> tieredPlan(item, lookup.tiers(), at));
  }

  /** With the tiers asked for, each tier's percent on a savings plan from the lists in force on the day of {@code at}. */
  private Future<SavingsPlanItem> tieredPlan(SavingsPlanItem item, PricingTiers tiers, Instant at) {
    if (tiers == null) {
      return Future.succeededFuture(item);
    }
    PricedItem priced = new PricedItem(item.catalogItemId(), PricedItem.SAVINGS_PLAN, null, null, item.term().name());
    return pricing.books(tiers, item.currencyCode(), LocalDate.ofInstant(at, ZoneOffset.UTC))
        .map(books -> books.stream().allMatch(Objects::isNull) ? item
            : item.withTierPercents(books.stream().map(b -> b == null ? BigDecimal.ZERO : b.percentFor(priced)).toList()));
  }

  private Future<SavingsPlanRates> savingsPlanRates(SavingsPlanRateQuery q) {
    Market market = market(q.country());
    if (q.term() == null) {
      throw Errors.badRequest(SOURCE, "term is required (P1Y or P3Y)");
    }
    if (q.armRegionNames().isEmpty() && q.armSkuNames().isEmpty()) {
      throw Errors.badRequest(SOURCE, "name at least one armRegionName or armSkuName");
    }
    if (q.armRegionNames().size() > MAX_RATE_NAMES || q.armSkuNames().size() > MAX_RATE_NAMES) {
      throw Errors.badRequest(SOURCE, "name at most " + MAX_RATE_NAMES + " regions and " + MAX_RATE_NAMES + " sizes");
    }
    q.armRegionNames().forEach(region -> requireRegion(region.trim()));
    return savingsPlans.rates(market, q, q.at() == null ? clock.instant() : q.at());
  }

  private Future<GroupPrices> groupPrices(GroupPriceQuery q) {
    Market market = market(q.country());
    return pool.preparedQuery(CatalogSql.GROUP_PRICES)
        .execute(Tuple.of(market.currency(), now(), q.armRegionName(), q.series(), q.term().name()))
        .map(rows -> {
          if (rows.size() == 0) {
            throw Errors.notFound(SOURCE, "no reservation price for " + q.series() + " in " + q.armRegionName() + " for " + q.term());
          }
          return PriceMapper.smallestSize(rows.iterator().next()).perUnit(market);
        });
  }
}
