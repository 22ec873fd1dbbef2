package dev.rvi.catalog.pricelist;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rvi.catalog.sql.CatalogSql;
import dev.rvi.domain.pricing.PriceBook;
import dev.rvi.domain.pricing.Tier;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The list each tier has in force on a day: the one assigned to the assignee, else the owner's default, else none (the
 * tier passes its cost on). Kept a few seconds, so a search prices from memory; a change on this node empties it at
 * once, one on another node is seen within {@link #FRESH}.
 */
public final class PriceBooks {
  static final Duration FRESH = Duration.ofSeconds(5);

  private record Key(String ownerId, String assigneeId, String currency, LocalDate day) {}

  private final Pool pool;
  private final Cache<Key, Optional<PriceBook>> books = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(FRESH).build();

  private final Cache<Boolean, Boolean> any = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(FRESH).build();

  public PriceBooks(Pool pool) {
    this.pool = pool;
  }

  /** The tier's book in force on the day, or null when it has none. */
  public Future<PriceBook> inForce(Tier tier, String currency, LocalDate day) {
    Key key = new Key(tier.ownerId(), tier.assigneeId(), currency, day);
    Optional<PriceBook> known = books.getIfPresent(key);
    if (known != null) {
      return Future.succeededFuture(known.orElse(null));
    }
    return pool.preparedQuery(CatalogSql.BOOK_IN_FORCE).execute(Tuple.of(tier.ownerId(), tier.assigneeId(), currency, day)).map(rows -> {
      Optional<PriceBook> book = rows.size() == 0 ? Optional.empty() : Optional.of(PriceListMapper.of(rows.iterator().next()).book());
      books.put(key, book);
      return book.orElse(null);
    });
  }

  /** Whether any list is assigned at all: until one is, nobody's prices need the directory. */
  public Future<Boolean> anyAssigned() {
    Boolean known = any.getIfPresent(Boolean.TRUE);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    return pool.query(CatalogSql.ANY_ASSIGNMENT).execute().map(rows -> {
      boolean found = rows.iterator().next().getBoolean(0);
      any.put(Boolean.TRUE, found);
      return found;
    });
  }

  public void changed() {
    books.invalidateAll();
    any.invalidateAll();
  }
}
