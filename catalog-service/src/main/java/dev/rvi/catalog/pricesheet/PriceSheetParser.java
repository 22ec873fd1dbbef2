package dev.rvi.catalog.pricesheet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.catalog.reference.ReferenceData;
import dev.rvi.catalog.reference.VmSizeNames;
import dev.rvi.domain.catalog.PriceSheetReport.RowProblem;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.json.Jsons;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Reads a price sheet in the Azure Retail Prices API format ({@code {"Items": [...]}} or a bare array)
 * as a stream, so a sheet of any size is read in constant memory. Each row is accepted, skipped
 * (valid, but not the VM reservation data this product sells) or rejected with its reason. A Consumption row's
 * {@code savingsPlan} rates (as the Retail Prices API lists them: {@code [{"unitPrice", "retailPrice", "term"}]}) are
 * accepted with it as SavingsPlan rows under the same row number; a sheet may also name SavingsPlan rows itself. A sheet
 * that is not JSON, is cut short or goes on after its end is refused whole ({@link NotAPriceSheet}).
 */
public final class PriceSheetParser {
  private static final JsonFactory FACTORY = Jsons.MAPPER.getFactory();

  private static final Pattern SIZE_NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,80}");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  private final ReferenceData reference;
  /** A sheet has a handful of distinct start dates over its thousands of rows: each is parsed once. */
  private final Map<String, Instant> dates = new HashMap<>();

  public PriceSheetParser(ReferenceData reference) {
    this.reference = reference;
  }

  /** The catalog stores prices as numeric(20,6): 14 digits before the point. */
  static final int MAX_PRICE_DIGITS = 14;
  private static final BigDecimal PRICE_LIMIT = BigDecimal.ONE.scaleByPowerOfTen(MAX_PRICE_DIGITS);
  /** The smallest price numeric(20,6) keeps; anything below it would be stored as a price of zero. */
  private static final BigDecimal SMALLEST_PRICE = new BigDecimal("0.000001");

  public record Result(int rowsRead, List<PriceRow> rows, List<RowProblem> rejected, List<RowProblem> skipped) {}

  /** Thrown when the text is not a price sheet at all (not JSON, no Items). */
  public static final class NotAPriceSheet extends RuntimeException {
    public NotAPriceSheet(String message) {
      super(message);
    }
  }

  /** Where a streamed parse puts each row as it is read: accepted, skipped (not sold here) or rejected. */
  public interface Sink {
    void accepted(int index, PriceRow row);

    void skipped(RowProblem problem);

    void rejected(RowProblem problem);
  }

  /** The whole sheet in memory, duplicates refused: for small sheets and tests. */
  public Result parse(Reader in, IntConsumer progress) {
    List<PriceRow> rows = new ArrayList<>();
    List<RowProblem> rejected = new ArrayList<>();
    List<RowProblem> skipped = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int read = stream(in, new Sink() {
      @Override
      public void accepted(int index, PriceRow row) {
        Integer earlier = seen.putIfAbsent(row.key(), index);
        if (earlier != null) {
          rejected.add(new RowProblem(index, row.armSkuName(), "duplicate of row " + earlier + " (same size, region, type, term and start date)"));
        } else {
          rows.add(row);
        }
        if (progress != null && (index + 1) % 1000 == 0) {
          progress.accept(index + 1);
        }
      }

      @Override
      public void skipped(RowProblem problem) {
        skipped.add(problem);
      }

      @Override
      public void rejected(RowProblem problem) {
        rejected.add(problem);
      }
    }, 0);
    return new Result(read, rows, rejected, skipped);
  }

  /**
   * Reads the sheet item by item, holding one item at a time, and answers how many rows it read. Row indexes
   * start at {@code firstIndex}, so the pages of one load number their rows on from each other.
   */
  public int stream(Reader in, Sink sink, int firstIndex) {
    int index = firstIndex;
    try (JsonParser parser = FACTORY.createParser(in)) {
      if (!seekItems(parser)) {
        throw new NotAPriceSheet("a price sheet is {\"Items\": [...]} in the Azure Retail Prices format, or an array of its items");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        SheetItem item = SheetItem.read(parser);
        String sku = label(item);
        try {
          PriceRow row = accept(item);
          if (row == null) {
            sink.skipped(new RowProblem(index, sku, skipReason(item)));
          } else {
            List<PriceRow> plans = savingsPlans(item, row);
            sink.accepted(index, row);
            for (PriceRow plan : plans) {
              sink.accepted(index, plan);
            }
          }
        } catch (RowRejected e) {
          sink.rejected(new RowProblem(index, sku, e.getMessage()));
        }
        index++;
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw new NotAPriceSheet("Items must be an array of objects; found " + parser.currentToken() + " at row " + index);
      }
      readToTheEnd(parser);
    } catch (IOException e) {
      String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw new NotAPriceSheet("the price sheet is not valid JSON: " + detail);
    }
    return index - firstIndex;
  }

  /** Moves the parser onto the Items array: the top level itself, or the {@code Items} field of the envelope. */
  private static boolean seekItems(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_ARRAY) {
      return true;
    }
    if (first != JsonToken.START_OBJECT) {
      return false;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("Items".equalsIgnoreCase(name) && value == JsonToken.START_ARRAY) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
  }

  /**
   * Reads what follows the Items array: the envelope's other fields (NextPageLink, Count) and its close, then
   * nothing more. A sheet cut short, or with text after it, is not loaded in part.
   */
  private static void readToTheEnd(JsonParser parser) throws IOException {
    if (parser.getParsingContext().inObject()) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        parser.nextToken();
        parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw new NotAPriceSheet("the price sheet goes on after its end (" + parser.currentToken() + ")");
    }
  }

  private static final class RowRejected extends RuntimeException {
    RowRejected(String reason) {
      super(reason, null, false, false);
    }
  }

  private static String skipReason(SheetItem item) {
    String service = text(item, "serviceName");
    if (service != null && !"Virtual Machines".equalsIgnoreCase(service)) {
      return "not a virtual machine price (serviceName " + service + ")";
    }
    String type = text(item, "type");
    if (PriceRow.SAVINGS_PLAN.equals(type)) {
      return "savings-plan rate of another kind (Windows, Spot or Low Priority); only the Linux compute rate is compared";
    }
    if (!PriceRow.CONSUMPTION.equals(type) && !PriceRow.RESERVATION.equals(type)) {
      return "price type " + type + " is not sold here";
    }
    return "PAYG price of another kind (Windows, Spot or Low Priority); only the Linux compute price is compared";
  }

  /** The row resolved, null when it is to be skipped, or a {@link RowRejected} with the reason. */
  private PriceRow accept(SheetItem item) {
    requireReadableNumbers(item);
    String service = text(item, "serviceName");
    if (service != null && !"Virtual Machines".equalsIgnoreCase(service)) {
      return null;
    }
    String type = text(item, "type");
    if (type == null) {
      throw new RowRejected("type is missing");
    }
    if ("DevTestConsumption".equals(type)) {
      return null;
    }
    if (!PriceRow.CONSUMPTION.equals(type) && !PriceRow.RESERVATION.equals(type) && !PriceRow.SAVINGS_PLAN.equals(type)) {
      throw new RowRejected("unknown type " + type + "; expected Consumption, Reservation or SavingsPlan");
    }
    String sku = required(item, "armSkuName");
    if (!SIZE_NAME.matcher(sku).matches()) {
      throw new RowRejected("armSkuName " + sku + " is not a VM size name");
    }
    ReferenceData.VmSize size = reference.sizeOf(sku);
    Integer cores = size != null ? Integer.valueOf(size.cores()) : VmSizeNames.cores(sku);
    if (cores == null) {
      throw new RowRejected("armSkuName " + sku + " is not a VM size name (not a known size, nor named Standard_<family><vCPUs>...)");
    }
    String region = required(item, "armRegionName").toLowerCase(Locale.ROOT);
    String regionDisplay = reference.regions().get(region);
    if (regionDisplay == null) {
      throw new RowRejected("unknown armRegionName " + region);
    }
    String currency = required(item, "currencyCode").toUpperCase(Locale.ROOT);
    if (!CURRENCY_CODE.matcher(currency).matches()) {
      throw new RowRejected("currencyCode " + currency + " is not an ISO 4217 code");
    }
    BigDecimal price = price(item);
    Instant start = startDate(required(item, "effectiveStartDate"));
    String productName = text(item, "productName");
    String skuName = text(item, "skuName");
    Term term = null;
    if (PriceRow.RESERVATION.equals(type)) {
      term = term(item, "reservationTerm");
    } else if (isOtherPayg(productName, skuName)) {
      return null;
    } else if (PriceRow.SAVINGS_PLAN.equals(type)) {
      term = term(item, item.get("term") == null && item.get("reservationTerm") != null ? "reservationTerm" : "term");
    }
    ReferenceData.FlexibilitySize flex = reference.flexibilityOf(sku);
    String series = flex != null ? flex.group() : seriesFromProduct(productName, sku);
    String productId = CatalogIds.product(series);
    String skuId = PriceRow.RESERVATION.equals(type) ? CatalogIds.sku(sku, region, term) : "";
    return new PriceRow(currency, sku, region, type, term, price, start, productId, skuId, series,
        flex == null ? null : flex.ratio(), cores, size == null ? null : size.memoryGib(),
        regionDisplay, productName, skuName, text(item, "meterId"));
  }

  private static void requireReadableNumbers(SheetItem item) {
    Map.Entry<String, String> unreadable = item.unreadableNumber();
    if (unreadable != null) {
      throw new RowRejected(unreadable.getKey() + " " + unreadable.getValue() + " is out of range (its exponent is beyond any decimal)");
    }
  }

  private static Term term(SheetItem item, String field) {
    String text = required(item, field);
    return Term.parse(text).orElseThrow(() -> new RowRejected(field + " " + text + " is not sold; expected 1 Year or 3 Years"));
  }

  /**
   * The savings-plan rates a Consumption row lists with it, each a SavingsPlan row of the same size, region and date; a
   * bad one rejects the whole item (its PAYG price too), naming the entry. Other types' savingsPlan arrays are not read.
   */
  private static List<PriceRow> savingsPlans(SheetItem item, PriceRow payg) {
    if (!PriceRow.CONSUMPTION.equals(payg.type())) {
      return List.of();
    }
    if (item.savingsPlanMalformed()) {
      throw new RowRejected("savingsPlan must be an array of at most " + SheetItem.MAX_SAVINGS_PLAN_ENTRIES
          + " objects {term, unitPrice}");
    }
    List<SheetItem> entries = item.savingsPlan();
    if (entries.isEmpty()) {
      return List.of();
    }
    List<PriceRow> plans = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      SheetItem entry = entries.get(i);
      try {
        requireReadableNumbers(entry);
        plans.add(payg.savingsPlan(term(entry, "term"), price(entry)));
      } catch (RowRejected e) {
        throw new RowRejected("savingsPlan[" + i + "]: " + e.getMessage());
      }
    }
    return plans;
  }

  private static boolean isOtherPayg(String productName, String skuName) {
    String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    String s = skuName == null ? "" : skuName.toLowerCase(Locale.ROOT);
    return p.contains("windows") || s.contains("spot") || s.contains("low priority");
  }

  private static String seriesFromProduct(String productName, String sku) {
    if (productName != null && !productName.isBlank()) {
      return productName.replaceFirst("^Virtual Machines ", "").trim();
    }
    return sku;
  }

  private static BigDecimal price(SheetItem item) {
    String field = "unitPrice";
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      field = "retailPrice";
      node = item.get(field);
    }
    if (node == null || node.isNull()) {
      throw new RowRejected("unitPrice is missing");
    }
    if (!node.isNumber()) {
      throw new RowRejected(field + " must be a number");
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() < 0) {
      throw new RowRejected(field + " must not be negative");
    }
    if (value.signum() == 0) {
      throw new RowRejected(field + " must be more than zero");
    }
    // Compared, never measured by precision and scale: an exponent such as 1e2147483647 overflows their difference.
    if (value.compareTo(SMALLEST_PRICE) < 0) {
      throw new RowRejected(field + " " + value + " is below the smallest price the catalog keeps (" + SMALLEST_PRICE
          + "); it would be stored as zero");
    }
    if (value.compareTo(PRICE_LIMIT) >= 0) {
      throw new RowRejected(field + " " + value.toEngineeringString() + " is out of range (at most " + MAX_PRICE_DIGITS
          + " digits before the decimal point)");
    }
    return value;
  }

  private Instant startDate(String text) {
    Instant known = dates.get(text);
    if (known == null) {
      known = date(text);
      if (dates.size() < 10_000) {
        dates.put(text, known);
      }
    }
    return known;
  }

  private static Instant date(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        throw new RowRejected("effectiveStartDate " + text + " is not an ISO-8601 date");
      }
    }
  }

  private static String required(SheetItem item, String field) {
    String value = text(item, field);
    if (value == null || value.isBlank()) {
      throw new RowRejected(field + " is missing");
    }
    return value.trim();
  }

  private static String text(SheetItem item, String field) {
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new RowRejected(field + " must be a string");
    }
    String value = node.textValue();
    if (value.indexOf('\0') >= 0) {
      throw new RowRejected(field + " holds a NUL character, which cannot be stored");
    }
    return value;
  }

  /** The size a problem names: the item's armSkuName when it is text that can be shown, else none. */
  private static String label(SheetItem item) {
    JsonNode node = item.get("armSkuName");
    return node != null && node.isTextual() && node.textValue().indexOf('\0') < 0 ? node.textValue() : null;
  }
}
