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

  public static final Set<String> PARTNER_STAFF = Set.of(ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN);
  public static final Set<String> ALL = Set.of(ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN, SUPPORT_AGENT, OPERATOR);
}
