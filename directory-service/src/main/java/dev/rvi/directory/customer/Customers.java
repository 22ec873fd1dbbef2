package dev.rvi.directory.customer;

import dev.rvi.directory.partner.PartnerContext;
import dev.rvi.directory.sql.DirectorySql;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.customer.CustomerIds;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.directory.CustomerCreate;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.idempotency.Idempotency;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.paging.SortOrder;
import dev.rvi.domain.partner.PartnerType;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** A partner's customers, in Partner Center's customer shape. The country decides the market. */
public final class Customers {
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
  private static final String SOURCE = "directory";
  private static final Pattern DOMAIN = Pattern.compile("(?=.{3,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
  private static final Pattern CULTURE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");

  private final Pool pool;
  private final Clock clock;
  private final Idempotency idempotency;

  public Customers(Pool pool, Clock clock, Idempotency idempotency) {
    this.pool = pool;
    this.clock = clock;
    this.idempotency = idempotency;
  }

  public Future<String> create(Caller caller, CustomerCreate c, String key, String hash) {
    validate(c);
    return PartnerContext.of(pool, caller).compose(partner -> {
      if (partner.isReseller()) {
        throw ApiError.of(403, ErrorCode.FORBIDDEN, "indirect resellers add customers through their provider", SOURCE).exception();
      }
      return associatedReseller(partner, c.associatedPartnerId()).compose(v -> idempotency.once(partner.id(), key, hash, recorder ->
          pool.withTransaction(conn -> {
            String id = c.id() != null ? c.id() : UUID.randomUUID().toString();
            return conn.preparedQuery(DirectorySql.CUSTOMER_INSERT).execute(Tuple.from(new Object[] {id, partner.id(),
                    c.associatedPartnerId(), c.domain().toLowerCase(Locale.ROOT), c.companyName().trim(), c.email(),
                    c.culture() == null ? "en-US" : c.culture(), c.language() == null ? "en" : c.language(),
                    c.country().toUpperCase(Locale.ROOT), c.city(), c.addressLine1(), c.postalCode(), OffsetDateTime.now(clock)}))
                .compose(r -> conn.preparedQuery(DirectorySql.CUSTOMER_OWNED).execute(Tuple.of(id, partner.id())))
                .compose(rows -> recorder.record(conn, CustomerView.of(CustomerMapper.from(rows.iterator().next())).encode()));
          }).recover(e -> {
            if (e instanceof PgException pg && "23505".equals(pg.getSqlState())) {
              return Future.failedFuture(Errors.conflict(SOURCE, "a customer with domain " + c.domain() + " already exists"));
            }
            return Future.failedFuture(e);
          })));
    });
  }

  /** An indirect provider may associate a customer with one of its own resellers; nobody else may. */
  private Future<Void> associatedReseller(PartnerContext partner, String resellerId) {
    if (resellerId == null) {
      return Future.succeededFuture();
    }
    if (partner.type() != PartnerType.indirectProvider) {
      throw Errors.badRequest(SOURCE, "only indirect providers associate customers with a reseller");
    }
    return pool.preparedQuery(DirectorySql.IS_LINKED).execute(Tuple.of(partner.id(), resellerId)).map(rows -> {
      if (rows.size() == 0) {
        throw ApiError.of(400, ErrorCode.NOT_AN_INDIRECT_RESELLER,
            "associatedPartnerId " + resellerId + " is not an indirect reseller of this provider", SOURCE).exception();
      }
      return null;
    });
  }

  public Future<JsonObject> get(Caller caller, CustomerRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> visible(pool, partner, ids.customerId())).map(CustomerView::of);
  }

  public Future<JsonObject> list(Caller caller, ListQuery ids) {
    int offset = ids.offset() == null ? 0 : ids.offset();
    SortOrder sort = SortOrder.checked(ids.sort(), ListSorts.CUSTOMERS, SOURCE);
    String text = ListSorts.contains(ids.q());
    return PartnerContext.of(pool, caller).compose(partner -> pool.preparedQuery(DirectorySql.customerList(sort))
        .execute(Tuple.of(partner.id(), ids.size(), offset, text))).map(rows -> {
          JsonArray items = new JsonArray();
          long total = 0;
          for (Row row : rows) {
            total = CustomerMapper.total(row);
            items.add(CustomerView.of(CustomerMapper.from(row)));
          }
          return CollectionPage.of(items, total, offset, ids.pageUri());
        });
  }

  /** The customer if the caller may see it; 404 otherwise, so ids cannot be probed. */
  public static Future<Customer> visible(SqlClient sql, PartnerContext partner, String customerId) {
    return visible(sql, partner.id(), customerId);
  }

  /** The same, by the partner's id alone (its tenant's), for a caller whose partner is checked alongside. */
  public static Future<Customer> visible(SqlClient sql, String partnerId, String customerId) {
    return sql.preparedQuery(DirectorySql.CUSTOMER_VISIBLE).execute(Tuple.of(customerId, partnerId)).map(rows -> {
      if (rows.size() == 0) {
        throw Errors.notFound(SOURCE, "customer " + customerId + " not found");
      }
      return CustomerMapper.from(rows.iterator().next());
    });
  }

  /** Of the named customers, those the caller's partner sees. */
  public static Future<CustomerIds> visibleOf(SqlClient sql, PartnerContext partner, CustomerIds named) {
    if (named.ids().isEmpty()) {
      return Future.succeededFuture(named);
    }
    return sql.preparedQuery(DirectorySql.CUSTOMERS_VISIBLE).execute(Tuple.of(named.ids().toArray(String[]::new), partner.id())).map(rows -> {
      List<String> owned = new ArrayList<>();
      rows.forEach(r -> owned.add(CustomerMapper.id(r)));
      return new CustomerIds(owned);
    });
  }

  /** The customer if the caller's partner owns it (may act for it); 404 otherwise. */
  public static Future<Customer> owned(SqlClient sql, PartnerContext partner, String customerId) {
    return sql.preparedQuery(DirectorySql.CUSTOMER_OWNED).execute(Tuple.of(customerId, partner.id())).map(rows -> {
      if (rows.size() == 0) {
        if (partner.isReseller()) {
          throw ApiError.of(403, ErrorCode.FORBIDDEN, "indirect resellers see their customers; their provider acts for them", SOURCE).exception();
        }
        throw Errors.notFound(SOURCE, "customer " + customerId + " not found");
      }
      return CustomerMapper.from(rows.iterator().next());
    });
  }

  private static void validate(CustomerCreate c) {
    if (c.domain() == null || !DOMAIN.matcher(c.domain()).matches()) {
      throw Errors.badRequest(SOURCE, "companyProfile.domain must be a domain name such as contoso.example");
    }
    if (c.companyName() == null || c.companyName().isBlank() || c.companyName().length() > 200) {
      throw Errors.badRequest(SOURCE, "billingProfile.companyName is required (at most 200 characters)");
    }
    if (c.email() != null && !EMAIL.matcher(c.email()).matches()) {
      throw Errors.badRequest(SOURCE, "billingProfile.email is not an e-mail address");
    }
    if (c.culture() != null && !CULTURE.matcher(c.culture()).matches()) {
      throw Errors.badRequest(SOURCE, "billingProfile.culture must look like en-US");
    }
    if (c.country() == null || !c.country().matches("[A-Za-z]{2}")) {
      throw Errors.badRequest(SOURCE, "billingProfile.defaultAddress.country is required (ISO 3166 two letters)");
    }
    if (!ISO_COUNTRIES.contains(c.country().toUpperCase(Locale.ROOT))) {
      throw Errors.badRequest(SOURCE, "billingProfile.defaultAddress.country " + c.country() + " is not an ISO 3166 country");
    }
    for (String text : new String[] {c.city(), c.addressLine1(), c.postalCode(), c.language()}) {
      if (text != null && text.length() > 200) {
        throw Errors.badRequest(SOURCE, "address fields are at most 200 characters");
      }
    }
  }
}
