package dev.rvi.usage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.json.Jsons;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Hourly VM usage records read as a stream into columns and checked: the hour is on the hour and
 * has begun, the size and region are names, the VM has a resource id (of this subscription, when it is
 * an Azure resource id), the quantity is a share of the hour (0 to 1].
 * A second record for the same VM and hour replaces the first. Any bad record refuses the whole
 * request with the index and reason of the first ones, so nothing is half-written.
 */
public final class UsageRecords {
  private static final String SOURCE = "usage";
  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9_\\-]{1,80}");
  private static final Pattern REGION = Pattern.compile("[a-z0-9]{2,40}");
  private static final int REPORTED = 50;

  public String[] resourceIds = new String[0];
  public OffsetDateTime[] hours = new OffsetDateTime[0];
  public String[] skus = new String[0];
  public String[] regions = new String[0];
  public Double[] quantities = new Double[0];
  public int received;
  public int size;

  private Map<String, TreeSet<LocalDate>> daysByRegion;

  /** The days (UTC) the records fall on, per region: worked out once (the store and the roll-up both ask). */
  public Map<String, TreeSet<LocalDate>> daysByRegion() {
    if (daysByRegion == null) {
      Map<String, TreeSet<LocalDate>> out = new TreeMap<>();
      for (int i = 0; i < size; i++) {
        out.computeIfAbsent(regions[i], k -> new TreeSet<>()).add(hours[i].withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
      }
      daysByRegion = out;
    }
    return daysByRegion;
  }

  /** The records of {@code subscriptionId}'s VMs; {@code now} is the platform's time, so an hour after it is refused. */
  public static UsageRecords parse(Reader in, int maxRecords, String subscriptionId, Instant now) {
    UsageRecords out = new UsageRecords();
    List<String> errors = new ArrayList<>();
    Map<String, Integer> slot = new HashMap<>();
    // A request carries many VMs for each hour: each distinct time is parsed once.
    Map<String, Object> times = new HashMap<>();
    int capacity = 1024;
    out.grow(capacity);
    try (JsonParser p = Jsons.MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw bad("the body must be {\"items\": [...]}", List.of());
      }
      boolean found = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!"items".equalsIgnoreCase(field) || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        found = true;
        while (p.nextToken() == JsonToken.START_OBJECT) {
          int index = out.received++;
          if (out.received > maxRecords) {
            throw bad("at most " + maxRecords + " records per request", List.of());
          }
          String resource = null;
          String time = null;
          String sku = null;
          String region = null;
          Double quantity = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
              case "resourceId" -> resource = t == JsonToken.VALUE_STRING ? p.getText() : null;
              case "usageStartTime" -> time = t == JsonToken.VALUE_STRING ? p.getText() : null;
              case "armSkuName" -> sku = t == JsonToken.VALUE_STRING ? p.getText() : null;
              case "armRegionName" -> region = t == JsonToken.VALUE_STRING ? p.getText() : null;
              case "quantity" -> quantity = t.isNumeric() ? p.getDoubleValue() : null;
              default -> p.skipChildren();
            }
          }
          Object parsedTime = time == null ? "usageStartTime is required" : times.computeIfAbsent(time, UsageRecords::hour);
          String problem = check(resource, sku, region, quantity);
          if (problem == null) {
            problem = ofAnotherSubscription(resource, subscriptionId);
          }
          if (problem == null && parsedTime instanceof String timeProblem) {
            problem = timeProblem;
          }
          if (problem == null && ((OffsetDateTime) parsedTime).toInstant().isAfter(now)) {
            problem = "usageStartTime " + time + " has not begun yet";
          }
          if (problem != null) {
            if (errors.size() < REPORTED) {
              errors.add("items[" + index + "]: " + problem);
            }
            continue;
          }
          OffsetDateTime hour = (OffsetDateTime) parsedTime;
          String key = resource + "|" + hour.toEpochSecond();
          Integer at = slot.get(key);
          if (at == null) {
            at = out.size++;
            slot.put(key, at);
            if (at == capacity) {
              capacity *= 2;
              out.grow(capacity);
            }
          }
          out.resourceIds[at] = resource;
          out.hours[at] = hour;
          out.skus[at] = sku;
          out.regions[at] = region;
          out.quantities[at] = quantity;
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
          throw bad("items must be an array of objects", List.of());
        }
      }
      if (!found) {
        throw bad("the body must be {\"items\": [...]}", List.of());
      }
    } catch (IOException e) {
      throw bad("the body is not valid JSON", List.of());
    }
    if (!errors.isEmpty()) {
      throw bad(errors.size() + (errors.size() == REPORTED ? " or more" : "") + " usage records are not valid; nothing was stored", errors);
    }
    out.grow(out.size);
    return out;
  }

  private void grow(int capacity) {
    resourceIds = Arrays.copyOf(resourceIds, capacity);
    hours = Arrays.copyOf(hours, capacity);
    skus = Arrays.copyOf(skus, capacity);
    regions = Arrays.copyOf(regions, capacity);
    quantities = Arrays.copyOf(quantities, capacity);
  }

  /** The hour as UTC, or why it is not one. */
  private static Object hour(String time) {
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(time);
      if (parsed.toInstant().getEpochSecond() % 3600 != 0) {
        return "usageStartTime must be on the hour";
      }
      return parsed.withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return "usageStartTime must be an ISO-8601 time";
    }
  }

  private static String check(String resource, String sku, String region, Double quantity) {
    if (resource == null || resource.isBlank() || resource.length() > 512) {
      return "resourceId is required (at most 512 characters)";
    }
    if (sku == null || !SKU.matcher(sku).matches()) {
      return "armSkuName must be a VM size name";
    }
    if (region == null || !REGION.matcher(region).matches()) {
      return "armRegionName must be an ARM region name";
    }
    if (quantity == null || !(quantity > 0) || quantity > 1) {
      return "quantity must be hours of the one hour: more than 0, at most 1";
    }
    return null;
  }

  /** An Azure resource id names its subscription: {@code /subscriptions/{id}/resourceGroups/...}. */
  private static String ofAnotherSubscription(String resource, String subscriptionId) {
    if (!resource.regionMatches(true, 0, "/subscriptions/", 0, 15)) {
      return null;
    }
    int end = resource.indexOf('/', 15);
    String named = end < 0 ? resource.substring(15) : resource.substring(15, end);
    return named.equalsIgnoreCase(subscriptionId) ? null : "resourceId is a VM of subscription " + named + ", not of " + subscriptionId;
  }

  private static RuntimeException bad(String description, List<String> data) {
    return new ApiError(400, ErrorCode.BAD_REQUEST, description, data, SOURCE).exception();
  }
}
