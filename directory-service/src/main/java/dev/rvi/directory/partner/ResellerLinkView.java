package dev.rvi.directory.partner;

import dev.rvi.domain.partner.ResellerLink;
import io.vertx.core.json.JsonObject;

/** A reseller linked to its provider, with the reseller's MPN id. */
final class ResellerLinkView {
  private ResellerLinkView() {}

  static JsonObject of(ResellerLink link, Partner reseller) {
    return new JsonObject().put("providerId", link.providerId()).put("resellerId", link.resellerId())
        .put("resellerMpnId", reseller.mpnId())
        .put("relationshipType", "IsIndirectCloudSolutionProviderOf");
  }
}
