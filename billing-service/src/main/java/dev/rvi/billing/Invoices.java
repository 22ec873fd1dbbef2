package dev.rvi.billing;

import dev.rvi.domain.billing.InvoiceQuery;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.paging.SortOrder;
import dev.rvi.domain.partner.PartnerIdentity;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One-time invoices: per partner, per calendar month, per currency, made of the charges at purchase
 * and the credits from refunds and exchanges (as the order service's outbox delivered them). Lines
 * carry Partner Center's one-time fields; an invoice's totals are the sums of its lines, each rounded
 * to the cent first. Who the caller's partner is, the directory says.
 */
public final class Invoices {
  static final String SOURCE = "billing";

  private final Pool pool;
  private final Clock clock;
  private final BigDecimal taxPercent;
  private final CallerPartner partners;

  public Invoices(Pool pool, Clock clock, BigDecimal taxPercent, CallerPartner partners) {
    this.pool = pool;
    this.clock = clock;
    this.taxPercent = taxPercent;
    this.partners = partners;
  }


  public Future<JsonObject> list(Caller caller, String requestId) {
    return partners.of(caller, requestId).compose(partner -> pool.preparedQuery(BillingSql.INVOICE_PERIODS).execute(Tuple.of(partner.id(), now()))
        .compose(rows -> {
          List<Future<Invoice>> invoices = new ArrayList<>();
          for (Row r : rows) {
            invoices.add(invoice(partner, ChargeMapper.period(r)));
          }
          return Future.all(invoices).map(all -> {
            JsonArray items = new JsonArray();
            invoices.forEach(f -> items.add(InvoiceView.of(f.result())));
            return CollectionPage.of(items);
          });
        }));
  }

  public Future<JsonObject> get(Caller caller, String invoiceId, String requestId) {
    return billed(caller, invoiceId, requestId).map(InvoiceView::of);
  }

  /**
   * A page of an invoice's lines, narrowed to a text and sorted in SQL; each line is made as the invoice's are (its
   * cents and tax), so a page's lines are the invoice's lines.
   */
  public Future<JsonObject> lineItems(Caller caller, InvoiceQuery query, String requestId) {
    int offset = query.offset() == null ? 0 : query.offset();
    int size = query.size() == null ? Integer.MAX_VALUE : query.size();
    SortOrder sort = SortOrder.checked(query.sort(), ListSorts.INVOICE_LINES, SOURCE);
    return billed(caller, query.invoiceId(), requestId).compose(invoice -> {
      InvoicePeriod period = invoice.period();
      PartnerIdentity partner = invoice.lines().get(0).partner();
      var from = period.month().atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
      var to = period.month().plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
      return pool.preparedQuery(BillingSql.invoiceLinePage(sort)).execute(Tuple.from(new Object[] {partner.id(), period.currency(), from, to,
          now(), ListSorts.contains(query.q()), size, offset})).map(rows -> {
            JsonArray page = new JsonArray();
            long total = 0;
            for (Row r : rows) {
              total = ChargeMapper.total(r);
              page.add(InvoiceLineView.of(InvoiceLine.of(ChargeMapper.of(r), period, partner, taxPercent)));
            }
            return CollectionPage.of(page, total, offset, query.pageUri());
          });
    });
  }

  public Future<String> reconciliation(Caller caller, String invoiceId, String requestId) {
    return billed(caller, invoiceId, requestId).map(invoice -> ReconciliationCsv.of(invoice.lines()));
  }

  /** The caller's partner's invoice of that id; one without a line (nothing billed in its period) is not found. */
  private Future<Invoice> billed(Caller caller, String invoiceId, String requestId) {
    InvoicePeriod period = InvoicePeriod.parse(invoiceId);
    return partners.of(caller, requestId).compose(partner -> invoice(partner, period)).map(invoice -> {
      if (invoice.lines().isEmpty()) {
        throw InvoicePeriod.notFound(invoiceId);
      }
      return invoice;
    });
  }

  /** Charges dated later (the coming payments of monthly reservations) are on no invoice until their day. */
  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private Future<Invoice> invoice(PartnerIdentity partner, InvoicePeriod period) {
    var from = period.month().atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    var to = period.month().plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    return pool.preparedQuery(BillingSql.INVOICE_CHARGES).execute(Tuple.of(partner.id(), period.currency(), from, to, now())).map(rows -> {
      List<InvoiceLine> lines = new ArrayList<>();
      for (Row r : rows) {
        lines.add(InvoiceLine.of(ChargeMapper.of(r), period, partner, taxPercent));
      }
      return new Invoice(period, List.copyOf(lines));
    });
  }
}
