package dev.rvi.domain.bus;

import java.util.Set;

/** The role names carried in a token's {@code roles} claim. */
public final class Role {
  private Role() {}

  public static final String ADMIN_AGENT = "AdminAgent";
  public static final String SALES_AGENT = "SalesAgent";
  public static final String HELPDESK_AGENT = "HelpdeskAgent";
  public static final String BILLING_ADMIN = "BillingAdmin";
  public static final String SUPPORT_AGENT = "SupportAgent";
  public static final String OPERATOR = "Operator";

  /** Roles of a partner's staff: they count only in partner tenants. */
  public static final Set<String> PARTNER_STAFF = Set.of(ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN);
  /** Roles of the operator's staff: they count only in the operator's tenants ({@link OperatorTenants}). */
  public static final Set<String> OPERATOR_STAFF = Set.of(SUPPORT_AGENT, OPERATOR);
  public static final Set<String> ALL = Set.of(ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN, SUPPORT_AGENT, OPERATOR);
}
