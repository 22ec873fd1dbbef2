package dev.rvi.gateway.http;

/** The two routes whose bodies are bulk uploads (price sheets, usage): larger limits, streaming readers. */
public final class BulkUploads {
  private BulkUploads() {}

  public static boolean is(String path) {
    return path.equals("/v1/admin/priceSheets") || path.endsWith("/usage");
  }
}
