package dev.rvi.gateway.dashboard;

import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.gateway.auth.DevelopmentKeys;
import java.util.Map;

/**
 * How people sign in to the dashboard: with the development keys (a page that lists the demo partners and mints a
 * token, for callers on this machine only unless {@code RVI_DEV_SIGN_IN=open}), or with OpenID Connect against a
 * configured issuer (authorization code with PKCE, done by the page itself). Neither: the dashboard asks for a token.
 */
public record DashboardSettings(DevelopmentKeys devKeys, boolean devSignInFromAnywhere, String operatorTenant, String oidcAuthorizeUrl,
                                String oidcTokenUrl, String oidcClientId, String oidcScope) {
  public static final DashboardSettings NONE = new DashboardSettings(null, false, OperatorTenants.DEMO, null, null, null, null);

  /** With {@code devKeys} (null when a real issuer's keys are configured) and the OIDC client from the environment. */
  public static DashboardSettings from(DevelopmentKeys devKeys, Map<String, String> env) {
    String operators = env.getOrDefault("RVI_OPERATOR_TENANTS", "");
    String operator = operators.isBlank() ? OperatorTenants.DEMO : operators.split(",")[0].trim();
    return new DashboardSettings(devKeys, "open".equalsIgnoreCase(env.getOrDefault("RVI_DEV_SIGN_IN", "")), operator,
        blankToNull(env.get("RVI_OIDC_AUTHORIZE_URL")), blankToNull(env.get("RVI_OIDC_TOKEN_URL")), blankToNull(env.get("RVI_OIDC_CLIENT_ID")),
        env.getOrDefault("RVI_OIDC_SCOPE", "openid profile"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public boolean oidc() {
    return oidcAuthorizeUrl != null && oidcTokenUrl != null && oidcClientId != null;
  }
}
