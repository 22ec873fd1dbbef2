package dev.rvi.catalog.pricelist;

import dev.rvi.catalog.price.IndexedPrice;
import dev.rvi.catalog.price.Pricer;
import dev.rvi.catalog.search.CatalogIndex;
import dev.rvi.catalog.sql.CatalogSql;
import dev.rvi.domain.bus.BusRequest;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.outbox.EventOutbox;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.pricing.AssignmentRef;
import dev.rvi.domain.pricing.AssignmentWrite;
import dev.rvi.domain.pricing.FixedPrice;
import dev.rvi.domain.pricing.PriceBook;
import dev.rvi.domain.pricing.PriceListBody;
import dev.rvi.domain.pricing.PriceListQuery;
import dev.rvi.domain.pricing.PriceListRef;
import dev.rvi.domain.pricing.PriceListWrite;
import dev.rvi.domain.pricing.PricePreviewRequest;
import dev.rvi.domain.pricing.PriceRule;
import dev.rvi.domain.pricing.PricingScope;
import dev.rvi.domain.pricing.PricingTiers;
import dev.rvi.domain.pricing.Tier;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A partner's price lists: written, changed and put in force by its admin agents, read by its sales agents, each change
 * a new version with its history. A list that would sell anything below the owner's cost is refused unless it allows
 * negative margins.
 */
public final class PriceLists {
  private static final String SOURCE = PriceListChecks.SOURCE;
  private static final EventOutbox EVENTS = new EventOutbox(CatalogSql.OUTBOX);

  private final Vertx vertx;
  private final Pool pool;
  private final Clock clock;
  private final TierPricing pricing;
  private final PriceBooks books;
  private final CatalogIndex index;
  private final Set<String> currencies;
  private final Predicate<String> regions;

  public PriceLists(Vertx vertx, Pool pool, Clock clock, TierPricing pricing, PriceBooks books, CatalogIndex index, Set<String> currencies,
                    Predicate<String> regions) {
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
    this.pricing = pricing;
    this.books = books;
    this.index = index;
    this.currencies = currencies;
    this.regions = regions;
  }

  static String audience(PartnerType type) {
    return type == PartnerType.indirectProvider ? "resellers" : "customers";
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private Future<PricingTiers> owner(BusRequest r) {
    return pricing.tiers(r, PricingScope.NONE);
  }

  public Future<JsonObject> create(BusRequest r, PriceListWrite write) {
    PriceListBody body = normalized(write.body());
    return owner(r).compose(owner -> marginsAllowed(owner, body).compose(v -> {
      String id = UUID.randomUUID().toString();
      OffsetDateTime now = now();
      String user = r.caller().userId();
      return pool.withTransaction(conn -> conn.preparedQuery(CatalogSql.INSERT_PRICE_LIST)
          .execute(Tuple.of(id, owner.partnerId(), body.name(), body.currency(), body.negativeMarginAllowed(), rulesJson(body),
              fixedJson(body), now, user))
          .compose(x -> loaded(conn, owner, id, false))
          .compose(list -> recorded(conn, owner, list, List.of(), "created", "created with " + body.rules().size() + " rules and "
              + body.fixedPrices().size() + " fixed prices", EventTypes.PRICE_LIST_CHANGED)));
    })).onSuccess(x -> books.changed());
  }

  public Future<JsonObject> update(BusRequest r, PriceListWrite write) {
    PriceListBody body = normalized(write.body());
    return owner(r).compose(owner -> marginsAllowed(owner, body).compose(v -> pool.withTransaction(conn ->
        loaded(conn, owner, write.priceListId(), true).compose(current -> {
          if (body.version() != null && body.version() != current.version()) {
            throw ApiError.of(409, ErrorCode.CONFLICT, "version: the list is at version " + current.version() + ", not " + body.version()
                + "; read it again and change that", SOURCE).exception();
          }
          return assignments(conn, owner, List.of(current.id())).compose(assigned -> {
            if (!assigned.isEmpty() && !current.currency().equals(body.currency())) {
              throw Errors.badRequest(SOURCE, "currency: the list is assigned in " + current.currency() + "; remove its assignments first");
            }
            return conn.preparedQuery(CatalogSql.UPDATE_PRICE_LIST)
                .execute(Tuple.of(current.id(), owner.partnerId(), body.name(), body.currency(), body.negativeMarginAllowed(), rulesJson(body),
                    fixedJson(body), now(), r.caller().userId(), current.version()))
                .compose(rows -> {
                  PriceList list = PriceListMapper.of(rows.iterator().next());
                  return recorded(conn, owner, list, assigned, "updated", changes(current, list), EventTypes.PRICE_LIST_CHANGED);
                });
          });
        })))).onSuccess(x -> books.changed());
  }

  public Future<JsonObject> get(BusRequest r, PriceListRef ref) {
    return owner(r).compose(owner -> loaded(pool, owner, ref.priceListId(), false)
        .compose(list -> assignments(pool, owner, List.of(list.id())).map(a -> PriceListView.of(list, a, audience(owner.type())))));
  }

  public Future<JsonObject> list(BusRequest r, PriceListQuery q) {
    return owner(r).compose(owner -> pool.preparedQuery(CatalogSql.PRICE_LISTS).execute(Tuple.of(owner.partnerId(), q.size(), q.offset()))
        .compose(rows -> {
          List<PriceList> lists = new ArrayList<>();
          long total = 0;
          for (Row row : rows) {
            lists.add(PriceListMapper.of(row));
            total = PriceListMapper.total(row);
          }
          long count = total;
          return assignments(pool, owner, lists.stream().map(PriceList::id).toList()).map(all -> {
            JsonArray items = new JsonArray();
            for (PriceList list : lists) {
              items.add(PriceListView.of(list, all.stream().filter(a -> a.listId().equals(list.id())).toList(), audience(owner.type())));
            }
            return CollectionPage.of(items, count, q.offset(), q.pageUri());
          });
        }));
  }

  public Future<JsonObject> assign(BusRequest r, AssignmentWrite w) {
    if (w.effectiveFrom() == null) {
      throw Errors.badRequest(SOURCE, "effectiveFrom is required (a date such as 2027-01-01)");
    }
    if (w.effectiveTo() != null && !w.effectiveTo().isAfter(w.effectiveFrom())) {
      throw Errors.badRequest(SOURCE, "effectiveTo must be after effectiveFrom");
    }
    if (w.resellerId() != null && w.customerId() != null) {
      throw Errors.badRequest(SOURCE, "name either resellerId or customerId, or neither for the default list");
    }
    LocalDate today = pricing.today();
    if (w.effectiveTo() != null && !w.effectiveTo().isAfter(today)) {
      throw Errors.badRequest(SOURCE, "effectiveTo " + w.effectiveTo() + " has passed");
    }
    return owner(r).compose(owner -> {
      String kind;
      String assignee;
      if (owner.type() == PartnerType.indirectProvider) {
        if (w.customerId() != null) {
          throw Errors.badRequest(SOURCE, "customerId: an indirect provider's lists price its resellers; name a resellerId");
        }
        kind = w.resellerId() == null ? Assignment.DEFAULT : Assignment.RESELLER;
        assignee = w.resellerId();
      } else {
        if (w.resellerId() != null) {
          throw Errors.badRequest(SOURCE, "resellerId: these lists price customers; name a customerId");
        }
        kind = w.customerId() == null ? Assignment.DEFAULT : Assignment.CUSTOMER;
        assignee = w.customerId();
      }
      // The directory checks the reseller or customer is the caller's (404 when it is another's).
      Future<PricingTiers> checked = assignee == null ? Future.succeededFuture(owner)
          : pricing.tiers(r, new PricingScope(null, w.resellerId(), w.customerId()));
      return checked.compose(x -> pool.withTransaction(conn -> conn.preparedQuery(CatalogSql.LOCK_OWNER_ASSIGNMENTS)
          .execute(Tuple.of(owner.partnerId()))
          .compose(v -> loaded(conn, owner, w.priceListId(), true))
          .compose(list -> conn.preparedQuery(CatalogSql.OVERLAPPING_ASSIGNMENTS)
              .execute(Tuple.of(owner.partnerId(), assignee, list.currency(), w.effectiveFrom(), w.effectiveTo()))
              .compose(rows -> {
                if (rows.size() > 0) {
                  Assignment other = AssignmentMapper.of(rows.iterator().next());
                  throw ApiError.of(409, ErrorCode.CONFLICT, "effectiveFrom: from " + w.effectiveFrom() + (w.effectiveTo() == null ? "" : " to "
                      + w.effectiveTo()) + " overlaps assignment " + other.id() + " of list " + other.listId() + " (from " + other.effectiveFrom()
                      + (other.effectiveTo() == null ? "" : " to " + other.effectiveTo()) + ") for the same " + kind, SOURCE).exception();
                }
                String id = UUID.randomUUID().toString();
                return conn.preparedQuery(CatalogSql.INSERT_ASSIGNMENT).execute(Tuple.of(id, list.id(), owner.partnerId(), kind, assignee,
                        list.currency(), w.effectiveFrom(), w.effectiveTo(), now(), r.caller().userId()))
                    .compose(v -> bumped(conn, owner, list.id(), r))
                    .compose(bumped -> assignments(conn, owner, List.of(list.id())).compose(all -> recorded(conn, owner, bumped, all, "assigned",
                        "in force for " + (assignee == null ? "the default" : kind + " " + assignee) + " from " + w.effectiveFrom()
                            + (w.effectiveTo() == null ? "" : " to " + w.effectiveTo()),
                        w.effectiveFrom().isAfter(today) ? EventTypes.PRICE_LIST_SCHEDULED : EventTypes.PRICE_LIST_CHANGED)));
              }))));
    }).onSuccess(x -> books.changed());
  }

  public Future<JsonObject> unassign(BusRequest r, AssignmentRef ref) {
    return owner(r).compose(owner -> pool.withTransaction(conn -> loaded(conn, owner, ref.priceListId(), true)
        .compose(list -> conn.preparedQuery(CatalogSql.REMOVE_ASSIGNMENT)
            .execute(Tuple.of(ref.assignmentId(), list.id(), owner.partnerId(), now(), r.caller().userId()))
            .compose(rows -> {
              if (rows.size() == 0) {
                throw Errors.notFound(SOURCE, "assignment " + ref.assignmentId() + " not found");
              }
              Assignment removed = AssignmentMapper.of(rows.iterator().next());
              return bumped(conn, owner, list.id(), r).compose(bumped -> assignments(conn, owner, List.of(list.id()))
                  .compose(all -> recorded(conn, owner, bumped, all, "unassigned", "no longer in force for "
                      + (removed.assigneeId() == null ? "the default" : removed.assigneeKind() + " " + removed.assigneeId()),
                      EventTypes.PRICE_LIST_CHANGED)));
            })))).onSuccess(x -> books.changed());
  }

  public Future<JsonObject> revisions(BusRequest r, PriceListRef ref) {
    return owner(r).compose(owner -> loaded(pool, owner, ref.priceListId(), false)
        .compose(list -> pool.preparedQuery(CatalogSql.REVISIONS).execute(Tuple.of(list.id(), owner.partnerId())).map(rows -> {
          JsonArray items = new JsonArray();
          rows.forEach(row -> items.add(RevisionView.of(RevisionMapper.of(row))));
          return CollectionPage.of(items);
        })));
  }

  public Future<JsonObject> preview(BusRequest r, PricePreviewRequest q) {
    PriceListBody given = q.draft();
    if (given != null && (given.name() == null || given.name().isBlank())) {
      given = new PriceListBody("preview", given.currency(), given.allowNegativeMargin(), given.rules(), given.fixedPrices(), null);
    }
    PriceListBody draft = normalized(given);
    PricingScope scope = q.scope() == null ? PricingScope.NONE : q.scope();
    if (scope.providerId() != null) {
      throw Errors.badRequest(SOURCE, "providerId: a preview prices what the caller sells; name a resellerId or customerId");
    }
    return owner(r).compose(owner -> {
      String assignee = owner.type() == PartnerType.indirectProvider ? scope.resellerId() : scope.customerId();
      if (owner.type() == PartnerType.indirectProvider ? scope.customerId() != null : scope.resellerId() != null) {
        throw Errors.badRequest(SOURCE, owner.type() == PartnerType.indirectProvider
            ? "customerId: an indirect provider's lists price its resellers; name a resellerId"
            : "resellerId: these lists price customers; name a customerId");
      }
      Future<PricingTiers> checked = assignee == null ? Future.succeededFuture(owner) : pricing.tiers(r, scope);
      return checked.compose(x -> costBooks(owner, draft.currency()))
          .compose(costBooks -> books.inForce(new Tier(owner.partnerId(), assignee), draft.currency(), pricing.today())
              .compose(current -> index.now().compose(prices -> vertx.executeBlocking(() -> PricePreview.page(prices.all(draft.currency()),
                  new Pricer(owner, costBooks, false), current, new PriceBook(null, draft.currency(), draft.rules(), draft.fixedPrices()),
                  q.negativeOnly(), q.changedOnly(), q.offset(), q.size(), draft.currency(), q.pageUri()), false))));
    });
  }

  /** The owner's list, or 404 when it has none of that id (another partner's list is not found either). */
  private static Future<PriceList> loaded(SqlClient sql, PricingTiers owner, String id, boolean forUpdate) {
    return sql.preparedQuery(forUpdate ? CatalogSql.PRICE_LIST_FOR_UPDATE : CatalogSql.PRICE_LIST).execute(Tuple.of(id, owner.partnerId()))
        .map(rows -> {
          if (rows.size() == 0) {
            throw Errors.notFound(SOURCE, "price list " + id + " not found");
          }
          return PriceListMapper.of(rows.iterator().next());
        });
  }

  private static Future<List<Assignment>> assignments(SqlClient sql, PricingTiers owner, List<String> listIds) {
    if (listIds.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return sql.preparedQuery(CatalogSql.ASSIGNMENTS_OF).execute(Tuple.of(listIds.toArray(String[]::new), owner.partnerId())).map(rows -> {
      List<Assignment> out = new ArrayList<>();
      rows.forEach(row -> out.add(AssignmentMapper.of(row)));
      return out;
    });
  }

  private Future<PriceList> bumped(SqlClient sql, PricingTiers owner, String listId, BusRequest r) {
    return sql.preparedQuery(CatalogSql.BUMP_PRICE_LIST).execute(Tuple.of(listId, owner.partnerId(), now(), r.caller().userId()))
        .map(rows -> PriceListMapper.of(rows.iterator().next()));
  }

  /** The revision and the owner's event, in the change's transaction; answers the list as it now is. */
  private Future<JsonObject> recorded(SqlClient sql, PricingTiers owner, PriceList list, List<Assignment> assigned, String change, String detail,
                                      String eventType) {
    JsonObject view = PriceListView.of(list, assigned, audience(owner.type()));
    return sql.preparedQuery(CatalogSql.INSERT_REVISION)
        .execute(Tuple.of(list.id(), list.version(), change, list.updatedAt().atOffset(ZoneOffset.UTC), list.updatedBy(), detail, view))
        .compose(v -> EVENTS.write(sql, eventType, owner.partnerId(), null, null, clock.instant(), new JsonObject()
            .put("priceListId", list.id()).put("name", list.name()).put("version", list.version()).put("change", change).put("detail", detail)))
        .map(view);
  }

  private static JsonArray rulesJson(PriceListBody body) {
    return new JsonArray(ContractJson.encode(body.rules()));
  }

  private static JsonArray fixedJson(PriceListBody body) {
    return new JsonArray(ContractJson.encode(body.fixedPrices()));
  }

  /** Checked, then spelled one way: the currency upper case, terms as P1Y or P3Y, regions lower case. */
  private PriceListBody normalized(PriceListBody body) {
    if (body == null) {
      throw Errors.badRequest(SOURCE, "a price list body is required");
    }
    PriceListChecks.check(body, currencies, regions);
    String currency = body.currency().toUpperCase(Locale.ROOT);
    List<PriceRule> rules = body.rules().stream().map(rule -> new PriceRule(rule.percent().stripTrailingZeros(), rule.productKind(),
        rule.series() == null ? null : rule.series().trim(), rule.armRegionName() == null ? null : rule.armRegionName().toLowerCase(Locale.ROOT),
        rule.term() == null ? null : Term.parse(rule.term()).orElseThrow().name())).toList();
    List<FixedPrice> fixed = body.fixedPrices().stream().map(f -> new FixedPrice(f.catalogItemId(), f.price(), currency)).toList();
    return new PriceListBody(body.name().trim(), currency, body.negativeMarginAllowed(), rules, fixed, body.version());
  }

  private static String changes(PriceList before, PriceList after) {
    List<String> out = new ArrayList<>();
    if (!before.name().equals(after.name())) {
      out.add("name");
    }
    if (!before.currency().equals(after.currency())) {
      out.add("currency");
    }
    if (before.allowNegativeMargin() != after.allowNegativeMargin()) {
      out.add("allowNegativeMargin");
    }
    if (!before.rules().equals(after.rules())) {
      out.add("rules (" + before.rules().size() + " → " + after.rules().size() + ")");
    }
    if (!before.fixedPrices().equals(after.fixedPrices())) {
      out.add("fixedPrices (" + before.fixedPrices().size() + " → " + after.fixedPrices().size() + ")");
    }
    return out.isEmpty() ? "saved without changes" : "changed " + String.join(", ", out);
  }

  /**
   * Refuses a list that prices an item in force below the owner's cost today (the first such item named), unless the
   * list allows it. The owner's cost is Microsoft's price for a direct partner or provider, its provider's price for a
   * reseller.
   */
  private Future<Void> marginsAllowed(PricingTiers owner, PriceListBody body) {
    if (body.negativeMarginAllowed()) {
      return Future.succeededFuture();
    }
    return costBooks(owner, body.currency()).compose(costBooks -> index.now().compose(prices -> vertx.executeBlocking(() -> {
      PriceBook draft = new PriceBook(null, body.currency(), body.rules(), body.fixedPrices());
      Pricer cost = new Pricer(owner, costBooks, false);
      for (IndexedPrice p : prices.all(body.currency())) {
        NegativeMargin negative = PricePreview.negative(p, cost, draft);
        if (negative != null) {
          throw Errors.badRequest(SOURCE, negative.field(body) + ": " + negative.describe() + " is below the cost; set allowNegativeMargin "
              + "to true to sell below cost");
        }
      }
      return (Void) null;
    }, false)));
  }

  /** The books above the owner's own tier: what its cost is priced by (none for a direct partner or a provider). */
  Future<List<PriceBook>> costBooks(PricingTiers owner, String currency) {
    return pricing.books(owner.tiers().subList(0, owner.costLevel()), currency, pricing.today());
  }
}
