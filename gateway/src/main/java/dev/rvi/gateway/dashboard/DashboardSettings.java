package dev.rvi.gateway.dashboard;

import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.gateway.auth.DevelopmentKeys;

/**
 * How people sign in to the dashboard: with the development keys (a page that lists the demo partners and mints a
 * token, for callers on this machine only unless {@code RVI_DEV_SIGN_IN=open}), or with OpenID Connect against a
 * configured issuer (authorization code with PKCE, done by the page itself). Neither: the dashboard asks for a token.
 * {@code devKeys} is null when a real issuer's keys are configured.
 */
public record DashboardSettings(DevelopmentKeys devKeys, boolean devSignInFromAnywhere, String operatorTenant, String oidcAuthorizeUrl,
                                String oidcTokenUrl, String oidcClientId, String oidcScope) {
  public static final DashboardSettings NONE = new DashboardSettings(null, false, OperatorTenants.DEMO, null, null, null, null);

  public boolean oidc() {
    return oidcAuthorizeUrl != null && oidcTokenUrl != null && oidcClientId != null;
  }
}
