package dev.rvi.directory.partner;

import dev.rvi.directory.sql.DirectorySql;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.pricing.PricingScope;
import dev.rvi.domain.pricing.PricingTiers;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * The tiers between Microsoft's price and the price the caller asks about: every id named is checked in SQL against
 * the caller's partner (404 when it is another's), and one its kind of partner cannot name is 400.
 */
public final class PricingTierLookup {
  private static final String SOURCE = "directory";

  private PricingTierLookup() {}

  public static Future<PricingTiers> of(SqlClient sql, PartnerContext partner, PricingScope scope) {
    return switch (partner.type()) {
      case direct -> direct(sql, partner, scope);
      case indirectProvider -> provider(sql, partner, scope);
      case indirectReseller -> reseller(sql, partner, scope);
    };
  }

  private static Future<PricingTiers> direct(SqlClient sql, PartnerContext partner, PricingScope scope) {
    if (scope.resellerId() != null || scope.providerId() != null) {
      throw Errors.badRequest(SOURCE, (scope.resellerId() != null ? "resellerId" : "providerId")
          + ": a direct partner sells to its customers without a provider or reseller");
    }
    if (scope.customerId() == null) {
      return Future.succeededFuture(new PricingTiers(partner.id(), partner.type(), null, null, null));
    }
    return customer(sql, partner, scope.customerId()).map(row -> {
      if (!partner.id().equals(row.getString(0))) {
        throw notFound("customerId", scope.customerId());
      }
      return new PricingTiers(partner.id(), partner.type(), null, null, scope.customerId());
    });
  }

  private static Future<PricingTiers> provider(SqlClient sql, PartnerContext partner, PricingScope scope) {
    if (scope.providerId() != null) {
      throw Errors.badRequest(SOURCE, "providerId: an indirect provider has no provider above it");
    }
    if (scope.customerId() != null) {
      return customer(sql, partner, scope.customerId()).map(row -> {
        String reseller = row.getString(1);
        if (!partner.id().equals(row.getString(0))) {
          throw notFound("customerId", scope.customerId());
        }
        if (scope.resellerId() != null && !scope.resellerId().equals(reseller)) {
          throw Errors.badRequest(SOURCE, "resellerId: customer " + scope.customerId() + " is not served by reseller " + scope.resellerId());
        }
        return new PricingTiers(partner.id(), partner.type(), null, reseller, scope.customerId());
      });
    }
    if (scope.resellerId() == null) {
      return Future.succeededFuture(new PricingTiers(partner.id(), partner.type(), null, null, null));
    }
    return linked(sql, partner.id(), scope.resellerId(), "resellerId", scope.resellerId())
        .map(v -> new PricingTiers(partner.id(), partner.type(), null, scope.resellerId(), null));
  }

  private static Future<PricingTiers> reseller(SqlClient sql, PartnerContext partner, PricingScope scope) {
    if (scope.resellerId() != null && !scope.resellerId().equals(partner.id())) {
      throw Errors.badRequest(SOURCE, "resellerId: a reseller prices only as itself");
    }
    if (scope.customerId() != null) {
      return customer(sql, partner, scope.customerId()).map(row -> {
        if (!partner.id().equals(row.getString(1))) {
          throw notFound("customerId", scope.customerId());
        }
        String provider = row.getString(0);
        if (scope.providerId() != null && !scope.providerId().equals(provider)) {
          throw Errors.badRequest(SOURCE, "providerId: customer " + scope.customerId() + " is served through provider " + provider);
        }
        return new PricingTiers(partner.id(), partner.type(), provider, partner.id(), scope.customerId());
      });
    }
    if (scope.providerId() != null) {
      return linked(sql, scope.providerId(), partner.id(), "providerId", scope.providerId())
          .map(v -> new PricingTiers(partner.id(), partner.type(), scope.providerId(), partner.id(), null));
    }
    return sql.preparedQuery(DirectorySql.FIRST_PROVIDER).execute(Tuple.of(partner.id())).map(rows -> {
      String provider = rows.size() == 0 ? null : rows.iterator().next().getString(0);
      return new PricingTiers(partner.id(), partner.type(), provider, partner.id(), null);
    });
  }

  private static Future<Row> customer(SqlClient sql, PartnerContext partner, String customerId) {
    return sql.preparedQuery(DirectorySql.PRICING_CUSTOMER).execute(Tuple.of(customerId, partner.id())).map(rows -> {
      if (rows.size() == 0) {
        throw notFound("customerId", customerId);
      }
      return rows.iterator().next();
    });
  }

  private static Future<Void> linked(SqlClient sql, String provider, String reseller, String field, String value) {
    return sql.preparedQuery(DirectorySql.IS_LINKED).execute(Tuple.of(provider, reseller)).map(rows -> {
      if (rows.size() == 0) {
        throw notFound(field, value);
      }
      return (Void) null;
    });
  }

  private static RuntimeException notFound(String field, String value) {
    return Errors.notFound(SOURCE, field + " " + value + " is not one of the caller's partner's");
  }
}
