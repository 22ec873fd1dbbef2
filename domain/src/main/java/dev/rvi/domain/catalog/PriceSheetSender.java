package dev.rvi.domain.catalog;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.ContractJson;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.Map;

/**
 * Sends a price sheet to the catalog as a streamed load: opened on any catalog node, then its pages, part by
 * part, and its commit to the node that holds it. Each part waits for the one before, so however large the
 * sheet, at most one part is on its way.
 */
public final class PriceSheetSender {
  /** The size of one part on the bus. */
  public static final int PART_BYTES = 1024 * 1024;
  public static final String LOAD_ID_HEADER = "priceLoadId";
  public static final String PAGE_END_HEADER = "pageEnd";
  private static final long COMMIT_TIMEOUT_MS = 600_000;

  private final BusClient bus;

  public PriceSheetSender(BusClient bus) {
    this.bus = bus;
  }

  /** The address of the catalog node holding a load. */
  public static String address(long loadId) {
    return Address.CATALOG + ".load." + loadId;
  }

  public Future<PriceLoadState> open(String name, Caller caller, String requestId) {
    return bus.ask(CatalogContract.OPEN_PRICE_LOAD, new PriceLoadOpen(name), caller, requestId);
  }

  /** One part of a page; the page's last part answers once the whole page is read and written. */
  public Future<PriceLoadState> part(long loadId, Buffer bytes, boolean pageEnd, Caller caller, String requestId) {
    return bus.request(address(loadId), CatalogAction.PRICE_LOAD_CHUNK.name(), bytes, caller, requestId,
            pageEnd ? COMMIT_TIMEOUT_MS : bus.timeoutMs(),
            Map.of(LOAD_ID_HEADER, Long.toString(loadId), PAGE_END_HEADER, Boolean.toString(pageEnd)))
        .map(reply -> ContractJson.decode(reply, PriceLoadState.class))
        .recover(e -> gone(loadId, e, caller, requestId));
  }

  /**
   * Nobody answers at a load's address: the load is unknown or no longer open (a 404 that says so), or the node that
   * held it stopped, in which case any catalog node gives it up and the answer is a 404 too. Only a catalog that
   * cannot be reached at all leaves the 503.
   */
  private <T> Future<T> gone(long loadId, Throwable failure, Caller caller, String requestId) {
    if (!(failure instanceof ApiException api) || api.error().httpStatus() != 503) {
      return Future.failedFuture(failure);
    }
    PriceLoadRef ref = new PriceLoadRef(loadId);
    return bus.ask(CatalogContract.GET_PRICE_LOAD, ref, caller, requestId).transform(ar -> {
      if (ar.failed()) {
        return Future.failedFuture(notFound(ar.cause()) ? ar.cause() : failure);
      }
      if (!"open".equals(ar.result().status())) {
        return Future.failedFuture(Errors.notFound("catalog", "price load " + loadId + " is " + ar.result().status() + "; it takes no more"));
      }
      return bus.ask(CatalogContract.ABANDON_PRICE_LOAD, ref, caller, requestId).transform(given -> Future.failedFuture(
          given.succeeded() && !"open".equals(given.result().status())
              ? Errors.notFound("catalog", "price load " + loadId + " was held by a catalog node that stopped; it was given up, "
                  + "so open a new load")
              : failure));
    });
  }

  private static boolean notFound(Throwable e) {
    return e instanceof ApiException api && api.error().httpStatus() == 404;
  }

  public Future<PriceSheetReport> commit(long loadId, Caller caller, String requestId) {
    return bus.ask(CatalogContract.COMMIT_PRICE_LOAD.at(address(loadId)), new PriceLoadRef(loadId), caller, requestId, COMMIT_TIMEOUT_MS,
        Map.of()).recover(e -> gone(loadId, e, caller, requestId));
  }

  public Future<PriceLoadState> abandon(long loadId, Caller caller, String requestId) {
    return bus.ask(CatalogContract.ABANDON_PRICE_LOAD.at(address(loadId)), new PriceLoadRef(loadId), caller, requestId)
        .recover(e -> gone(loadId, e, caller, requestId));
  }

  /** A sheet already in memory (the demo's sample), as one load of one page. */
  public Future<PriceSheetReport> sendWhole(String name, Buffer sheet, Caller caller, String requestId) {
    return open(name, caller, requestId).compose(load -> sendParts(load.id(), sheet, 0, caller, requestId)
        .compose(v -> commit(load.id(), caller, requestId))
        .recover(e -> abandon(load.id(), caller, requestId).transform(a -> Future.failedFuture(e))));
  }

  private Future<Void> sendParts(long loadId, Buffer sheet, int from, Caller caller, String requestId) {
    int to = Math.min(sheet.length(), from + PART_BYTES);
    boolean last = to == sheet.length();
    return part(loadId, sheet.slice(from, to), last, caller, requestId)
        .compose(state -> last ? Future.succeededFuture() : sendParts(loadId, sheet, to, caller, requestId));
  }
}
