package dev.rvi.domain.paging;

import java.util.List;

/** The fields each list sorts by ({@code sort=}) and the bound of its text filter ({@code q=}). */
public final class ListSorts {
  /** GET /v1/customers. */
  public static final List<String> CUSTOMERS = List.of("name", "domain", "createdAt");
  /** A customer's reservations and GET /v1/reservations. */
  public static final List<String> RESERVATIONS = List.of("name", "size", "region", "quantity", "purchasedAt", "expiresAt", "state");
  /** An invoice's lines. */
  public static final List<String> INVOICE_LINES = List.of("date", "amount", "customer", "product");
  /** The support agents' queue. */
  public static final List<String> SUPPORT_QUEUE = List.of("createdAt", "status", "requestedAction");
  /** The longest text filter a list takes. */
  public static final int MAX_TEXT = 100;

  private ListSorts() {}

  /** The ILIKE pattern of rows containing {@code text}, its own % _ and \ escaped; null without a text. */
  public static String contains(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
