package dev.rvi.billing;

import dev.rvi.domain.billing.InvoiceQuery;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.partner.PartnerIdentity;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * One-time invoices: per partner, per calendar month, per currency, made of the charges at purchase
 * and the credits from refunds and exchanges (as the order service's outbox delivered them). Lines
 * carry Partner Center's one-time fields; an invoice's totals are the sums of its lines, each rounded
 * to the cent first. Who the caller's partner is, the order service says.
 */
public final class Invoices {
  private static final String SOURCE = "billing";
  private static final Pattern ID = Pattern.compile("OT-(\\d{4})(\\d{2})-([A-Z]{3})");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final List<String> RECONCILIATION_COLUMNS = List.of("PartnerId", "CustomerId", "CustomerName", "CustomerCountry",
      "InvoiceNumber", "MpnId", "Reseller MPN ID", "OrderId", "OrderDate", "ProductId", "SkuId", "AvailabilityId", "SkuName",
      "ProductName", "ChargeType", "UnitPrice", "Quantity", "Subtotal", "TaxTotal", "Total", "Currency",
      "ReservationOrderId", "ChargeStartDate", "ChargeEndDate");

  private final Pool pool;
  private final Clock clock;
  private final BigDecimal taxPercent;
  private final BusClient bus;

  public Invoices(Pool pool, Clock clock, BigDecimal taxPercent, BusClient bus) {
    this.pool = pool;
    this.clock = clock;
    this.taxPercent = taxPercent;
    this.bus = bus;
  }

  /** The caller's partner; a tenant that is not an onboarded partner is refused by the order service (403). */
  private Future<PartnerIdentity> partnerOf(Caller caller, String requestId) {
    return bus.ask(DirectoryContract.PARTNER_CONTEXT, NoBody.INSTANCE, caller, requestId);
  }

  private record Period(YearMonth month, String currency) {
    String id() {
      return String.format("OT-%04d%02d-%s", month.getYear(), month.getMonthValue(), currency);
    }
  }

  private static Period parse(String id) {
    Matcher m = id == null ? null : ID.matcher(id);
    if (m == null || !m.matches()) {
      throw Errors.notFound(SOURCE, "invoice " + id + " not found");
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      throw Errors.notFound(SOURCE, "invoice " + id + " not found");
    }
    return new Period(YearMonth.of(Integer.parseInt(m.group(1)), month), m.group(3));
  }

  public Future<JsonObject> list(Caller caller, String requestId) {
    return partnerOf(caller, requestId).compose(partner -> pool.preparedQuery(BillingSql.INVOICE_PERIODS).execute(Tuple.of(partner.id(), now()))
        .compose(rows -> {
          List<Future<JsonObject>> invoices = new ArrayList<>();
          for (Row r : rows) {
            LocalDateTime month = r.getLocalDateTime("month");
            invoices.add(invoice(partner, new Period(YearMonth.of(month.getYear(), month.getMonthValue()), r.getString("currency"))));
          }
          return Future.all(invoices).map(all -> {
            JsonArray items = new JsonArray();
            invoices.forEach(f -> items.add(f.result()));
            return CollectionPage.of(items);
          });
        }));
  }

  public Future<JsonObject> get(Caller caller, String invoiceId, String requestId) {
    Period period = parse(invoiceId);
    return partnerOf(caller, requestId).compose(partner -> invoice(partner, period)).map(invoice -> {
      if (invoice.getInteger("lineCount") == 0) {
        throw Errors.notFound(SOURCE, "invoice " + invoiceId + " not found");
      }
      return invoice;
    });
  }

  /** A page of an invoice's lines; the lines are made whole (they are the invoice's totals) and then cut. */
  public Future<JsonObject> lineItems(Caller caller, InvoiceQuery query, String requestId) {
    Period period = parse(query.invoiceId());
    int offset = query.offset() == null ? 0 : query.offset();
    int size = query.size() == null ? Integer.MAX_VALUE : query.size();
    return partnerOf(caller, requestId).compose(partner -> lines(partner, period)).map(lines -> {
      if (lines.isEmpty()) {
        throw Errors.notFound(SOURCE, "invoice " + query.invoiceId() + " not found");
      }
      JsonArray page = new JsonArray(lines.getList().subList(Math.min(offset, lines.size()), (int) Math.min(lines.size(), (long) offset + size)));
      return CollectionPage.of(page, lines.size(), offset, query.pageUri());
    });
  }

  public Future<String> reconciliation(Caller caller, String invoiceId, String requestId) {
    return lineItems(caller, new InvoiceQuery(invoiceId, null), requestId).map(collection -> {
      StringBuilder csv = new StringBuilder();
      try (CSVPrinter printer = new CSVPrinter(csv, CsvCells.FORMAT)) {
        printer.printRecord(RECONCILIATION_COLUMNS);
        for (Object o : collection.getJsonArray("items")) {
          JsonObject l = (JsonObject) o;
          List<Object> values = Arrays.asList(l.getString("partnerId"), l.getString("customerId"), l.getString("customerName"),
              l.getString("customerCountry"), l.getString("invoiceNumber"), l.getString("mpnId"), l.getString("resellerMpnId"),
              l.getString("orderId"), l.getString("orderDate"), l.getString("productId"), l.getString("skuId"), l.getString("availabilityId"),
              l.getString("skuName"), l.getString("productName"), l.getString("chargeType"), l.getValue("unitPrice"), l.getValue("quantity"),
              l.getValue("subtotal"), l.getValue("taxTotal"), l.getValue("totalForCustomer"), l.getString("currency"),
              l.getString("reservationOrderId"), l.getString("chargeStartDate"), l.getString("chargeEndDate"));
          printer.printRecord(values.stream().map(CsvCells::safe));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return csv.toString();
    });
  }

  private Future<JsonObject> invoice(PartnerIdentity partner, Period period) {
    return lines(partner, period).map(lines -> {
      BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
      BigDecimal tax = BigDecimal.ZERO.setScale(2);
      BigDecimal charges = BigDecimal.ZERO.setScale(2);
      BigDecimal credits = BigDecimal.ZERO.setScale(2);
      for (Object o : lines) {
        JsonObject l = (JsonObject) o;
        BigDecimal s = new BigDecimal(l.getValue("subtotal").toString());
        subtotal = subtotal.add(s);
        tax = tax.add(new BigDecimal(l.getValue("taxTotal").toString()));
        if (s.signum() >= 0) {
          charges = charges.add(s);
        } else {
          credits = credits.add(s);
        }
      }
      LocalDate start = period.month().atDay(1);
      return new JsonObject()
          .put("id", period.id())
          .put("invoiceType", "OneTime")
          .put("documentType", "Invoice")
          .put("invoiceDate", period.month().plusMonths(1).atDay(1).toString())
          .put("billingPeriodStartDate", start.toString())
          .put("billingPeriodEndDate", period.month().atEndOfMonth().toString())
          .put("currencyCode", period.currency())
          .put("totalCharges", charges)
          .put("totalCredits", credits)
          .put("subtotal", subtotal)
          .put("taxTotal", tax)
          .put("totalAmount", subtotal.add(tax))
          .put("paidAmount", BigDecimal.ZERO.setScale(2))
          .put("lineCount", lines.size())
          .put("links", new JsonObject()
              .put("lineItems", new JsonObject().put("method", "GET").put("uri", "/v1/invoices/" + period.id() + "/lineitems?provider=onetime"))
              .put("reconciliation", new JsonObject().put("method", "GET").put("uri", "/v1/invoices/" + period.id() + "/reconciliation")))
          .put("attributes", new JsonObject().put("objectType", "Invoice"));
    });
  }

  /** Charges dated later (the coming payments of monthly reservations) are on no invoice until their day. */
  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private Future<JsonArray> lines(PartnerIdentity partner, Period period) {
    var from = period.month().atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    var to = period.month().plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    return pool.preparedQuery(BillingSql.INVOICE_CHARGES).execute(Tuple.of(partner.id(), period.currency(), from, to, now())).map(rows -> {
      JsonArray lines = new JsonArray();
      for (Row r : rows) {
        BigDecimal subtotal = Decimals.cents(r.getBigDecimal("amount"));
        BigDecimal tax = subtotal.multiply(taxPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        String catalogItemId = r.getString("catalog_item_id");
        lines.add(new JsonObject()
            .put("id", r.getLong("id"))
            .put("invoiceNumber", period.id())
            .put("partnerId", partner.id())
            .put("mpnId", partner.mpnId())
            .put("resellerMpnId", r.getString("reseller_mpn_id"))
            .put("customerId", r.getString("customer_id"))
            .put("customerName", r.getString("customer_name"))
            .put("customerCountry", r.getString("customer_country"))
            .put("orderId", r.getString("order_id"))
            .put("orderDate", r.getOffsetDateTime("order_date").toInstant().toString())
            .put("reservationOrderId", r.getString("reservation_order_id"))
            .put("productId", r.getString("product_id"))
            .put("skuId", r.getString("sku_id"))
            .put("availabilityId", catalogItemId == null ? null : catalogItemId.substring(catalogItemId.lastIndexOf(':') + 1))
            .put("skuName", r.getString("sku_name"))
            .put("productName", r.getString("friendly_name"))
            .put("publisherName", "Microsoft Corporation")
            .put("chargeType", r.getString("charge_type"))
            .put("billingFrequency", "OneTime")
            .put("chargeStartDate", r.getOffsetDateTime("charge_start").toInstant().toString())
            .put("chargeEndDate", r.getOffsetDateTime("charge_end").toInstant().toString())
            .put("unitPrice", Decimals.display(r.getBigDecimal("unit_price")))
            .put("quantity", r.getInteger("quantity"))
            .put("subtotal", subtotal)
            .put("taxTotal", tax)
            .put("totalForCustomer", subtotal.add(tax))
            .put("currency", r.getString("currency"))
            .put("attributes", new JsonObject().put("objectType", "OneTimeInvoiceLineItem")));
      }
      return lines;
    });
  }
}
