package dev.rvi.order.cart;

import dev.rvi.order.partner.PartnerContext;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partner of record of each line of a cart: the line's own {@code transaction_reseller} participant
 * (Partner Center's create-a-cart page puts it there), else the cart's, named or inherited from the
 * customer's associated reseller. Every name is checked as {@link PartnerOfRecord} checks one.
 */
public final class LinePartners {
  private final PartnerOfRecord cart;
  private final Map<String, PartnerOfRecord> named;

  private LinePartners(PartnerOfRecord cart, Map<String, PartnerOfRecord> named) {
    this.cart = cart;
    this.named = named;
  }

  /** The cart's own partner of record is resolved only when it is named or some line has none of its own. */
  public static Future<LinePartners> resolve(SqlClient sql, PartnerContext partner, String cartMpnId, String associatedResellerId,
                                             List<CartLine> lines) {
    Set<String> mpnIds = new LinkedHashSet<>();
    boolean someFollowCart = false;
    for (CartLine line : lines) {
      if (line.resellerMpnId() == null) {
        someFollowCart = true;
      } else {
        mpnIds.add(line.resellerMpnId());
      }
    }
    Future<PartnerOfRecord> cart = someFollowCart || cartMpnId != null
        ? PartnerOfRecord.resolve(sql, partner, cartMpnId, associatedResellerId) : Future.succeededFuture(null);
    List<String> order = new ArrayList<>(mpnIds);
    List<Future<PartnerOfRecord>> each = new ArrayList<>();
    for (String mpnId : order) {
      each.add(PartnerOfRecord.resolve(sql, partner, mpnId, null));
    }
    return cart.compose(c -> Future.all(each).map(all -> {
      Map<String, PartnerOfRecord> named = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        named.put(order.get(i), each.get(i).result());
      }
      return new LinePartners(c, named);
    }));
  }

  public PartnerOfRecord of(CartLine line) {
    return line.resellerMpnId() == null ? cart : named.get(line.resellerMpnId());
  }

  /** The MPN id the cart itself names or inherits, for the cart's row; null when only its lines name one. */
  public String cartMpnId() {
    return cart == null ? null : cart.mpnId();
  }
}
