package dev.rvi.directory.partner;

import dev.rvi.directory.sql.DirectorySql;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.directory.NameQuery;
import dev.rvi.domain.directory.Names;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.partner.PartnerOnboarding;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.partner.ResellerLink;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Onboarding partners and linking indirect resellers to providers (the operator's work). */
public final class Partners {
  private static final String SOURCE = "directory";
  private static final String UNIQUE_VIOLATION = "23505";

  private final Pool pool;
  private final Clock clock;

  public Partners(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  public Future<JsonObject> onboard(PartnerOnboarding p) {
    validate(p);
    return pool.preparedQuery(DirectorySql.PARTNER_INSERT)
        .execute(Tuple.of(p.id(), p.name().trim(), p.mpnId(), p.type().name(), p.country().toUpperCase(), OffsetDateTime.now(clock)))
        .recover(e -> {
          if (e instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
            String what = pg.getMessage().contains("mpn") ? "MPN id " + p.mpnId() : "partner " + p.id();
            return Future.failedFuture(Errors.conflict(SOURCE, what + " is already onboarded"));
          }
          return Future.failedFuture(e);
        })
        .compose(v -> find(p.id()))
        .map(PartnerView::of);
  }

  /**
   * Partner Center's two relationship types, from the caller's side: {@code IsIndirectCloudSolutionProviderOf}
   * lists the resellers the caller is the provider of (with MPN ids and how many customers each serves),
   * {@code IsIndirectResellerOf} the providers the caller resells for. Without a type, the one that fits
   * the caller: a reseller's providers, anyone else's resellers.
   */
  public Future<JsonObject> relationships(PartnerContext caller, String relationshipType) {
    String type = relationshipType != null ? relationshipType
        : caller.type() == PartnerType.indirectReseller ? "IsIndirectResellerOf" : "IsIndirectCloudSolutionProviderOf";
    String sql = type.equals("IsIndirectResellerOf") ? DirectorySql.PROVIDERS_OF : DirectorySql.RESELLERS_OF;
    return pool.preparedQuery(sql).execute(Tuple.of(caller.id())).map(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(row -> items.add(RelationshipView.of(RelationshipMapper.of(row), type)));
      return CollectionPage.of(items);
    });
  }

  /** The caller's partner's organization profile; a tenant the operator never onboarded is refused (403), as everywhere. */
  public Future<JsonObject> profile(Caller caller) {
    return PartnerContext.of(pool, caller).compose(partner -> find(partner.id())).map(OrganizationProfileView::of);
  }

  /** The names of the partners and customers asked for; at most 1000 of each, an unknown id left out. */
  public Future<Names> names(NameQuery q) {
    if (q.matching() != null) {
      if (q.matching().length() > 2 * ListSorts.MAX_TEXT + 2) {
        throw Errors.badRequest(SOURCE, "matching is longer than the queue's filter");
      }
      return pool.preparedQuery(DirectorySql.NAMES_MATCHING).execute(Tuple.of(q.matching()))
          .map(rows -> new Names(NameMapper.of(rows, "partner"), NameMapper.of(rows, "customer")));
    }
    List<String> partners = q.partnerIds() == null ? List.of() : q.partnerIds();
    List<String> customers = q.customerIds() == null ? List.of() : q.customerIds();
    if (partners.size() > 1000 || customers.size() > 1000) {
      throw Errors.badRequest(SOURCE, "at most 1000 partner and 1000 customer ids at once");
    }
    Tuple ids = Tuple.tuple().addArrayOfString(partners.toArray(String[]::new)).addArrayOfString(customers.toArray(String[]::new));
    return pool.preparedQuery(DirectorySql.NAMES).execute(ids)
        .map(rows -> new Names(NameMapper.of(rows, "partner"), NameMapper.of(rows, "customer")));
  }

  public Future<JsonObject> list() {
    return pool.query(DirectorySql.PARTNER_LIST).execute().map(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(row -> items.add(PartnerView.of(PartnerMapper.of(row))));
      return CollectionPage.of(items);
    });
  }

  public Future<JsonObject> link(ResellerLink link) {
    return find(link.providerId()).compose(provider -> find(link.resellerId()).compose(reseller -> {
      if (provider.type() != PartnerType.indirectProvider) {
        throw Errors.badRequest(SOURCE, "partner " + link.providerId() + " is not an indirect provider");
      }
      if (reseller.type() != PartnerType.indirectReseller) {
        throw ApiError.of(400, ErrorCode.NOT_AN_INDIRECT_RESELLER,
            "partner " + link.resellerId() + " is not an indirect reseller", SOURCE).exception();
      }
      return pool.preparedQuery(DirectorySql.RESELLER_LINK)
          .execute(Tuple.of(link.providerId(), link.resellerId(), OffsetDateTime.now(clock)))
          .map(v -> ResellerLinkView.of(link, reseller));
    }));
  }

  private Future<Partner> find(String id) {
    return pool.preparedQuery(DirectorySql.PARTNER_BY_ID).execute(Tuple.of(id)).map(rows -> {
      if (rows.size() == 0) {
        throw Errors.notFound(SOURCE, "partner " + id + " is not onboarded");
      }
      return PartnerMapper.of(rows.iterator().next());
    });
  }

  private static void validate(PartnerOnboarding p) {
    if (p.id() == null || !p.id().matches("[A-Za-z0-9][A-Za-z0-9\\-]{2,63}")) {
      throw Errors.badRequest(SOURCE, "id must be the partner's tenant id (letters, digits and dashes)");
    }
    if (p.name() == null || p.name().isBlank() || p.name().length() > 200) {
      throw Errors.badRequest(SOURCE, "name is required (at most 200 characters)");
    }
    if (p.mpnId() == null || !p.mpnId().matches("[0-9]{6,10}")) {
      throw Errors.badRequest(SOURCE, "mpnId must be the partner's MPN id (6 to 10 digits)");
    }
    if (p.type() == null) {
      throw Errors.badRequest(SOURCE, "type is required: direct, indirectProvider or indirectReseller");
    }
    if (p.country() == null || !p.country().matches("[A-Za-z]{2}")) {
      throw Errors.badRequest(SOURCE, "country must be an ISO 3166 two-letter code");
    }
  }
}
