package dev.rvi.gateway.http;

/** The routes whose bodies are bulk uploads (price sheets, usage): larger limits, streaming readers. */
public final class BulkUploads {
  private BulkUploads() {}

  public static boolean is(String path) {
    return streamed(path) || path.endsWith("/usage");
  }

  /** Price-sheet pages: read as they arrive, never held whole (no body handler; the router pauses the request). */
  public static boolean streamed(String path) {
    return path.equals("/v1/admin/priceSheets") || path.startsWith("/v1/admin/priceSheetLoads/") && path.endsWith("/pages");
  }
}
