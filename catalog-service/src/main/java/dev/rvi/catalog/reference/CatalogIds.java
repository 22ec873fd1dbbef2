package dev.rvi.catalog.reference;

import dev.rvi.domain.catalog.CatalogItemId;
import dev.rvi.domain.catalog.Term;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Catalog ids are derived from the natural keys, so they are stable across price-sheet loads and
 * restarts: a product per flexibility group (series), a SKU per size, region and term, an
 * availability per SKU and currency. They look like Partner Center's ids (12 upper-case characters).
 */
public final class CatalogIds {
  private static final char[] ALPHABET = "0123456789BCDFGHJKLMNPQRSTVWXZ".toCharArray();

  private CatalogIds() {}

  public static String product(String series) {
    return id("product|" + series.toLowerCase(Locale.ROOT));
  }

  public static String sku(String armSkuName, String armRegionName, Term term) {
    return id("sku|" + armSkuName.toLowerCase(Locale.ROOT) + "|" + armRegionName + "|" + term.name());
  }

  public static String availability(String skuId, String currency) {
    return id("availability|" + skuId + "|" + currency);
  }

  /** {@code productId:skuId:availabilityId}, the catalog item a partner buys, in one currency. */
  public static String catalogItem(String productId, String skuId, String currency) {
    return new CatalogItemId(productId, skuId, availability(skuId, currency)).toString();
  }

  private static String id(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder out = new StringBuilder(12);
      for (int i = 0; i < 12; i++) {
        out.append(ALPHABET[(hash[i] & 0xff) % ALPHABET.length]);
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
