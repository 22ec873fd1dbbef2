package dev.rvi.gateway;

import dev.rvi.domain.bus.Role;
import java.util.Set;

/**
 * Who may call an operation (function-level authorization): the roles of DOMAIN.md, grouped as the
 * OpenAPI document names them per operation. {@link #ANYONE} needs no token at all.
 */
public final class Callers {
  private Callers() {}

  public static final Set<String> ANYONE = Set.of();
  public static final Set<String> EVERYONE = Role.ALL;
  public static final Set<String> PARTNER_STAFF = Role.PARTNER_STAFF;
  public static final Set<String> BUYERS = Set.of(Role.ADMIN_AGENT, Role.SALES_AGENT);
  public static final Set<String> ADMIN_AGENTS = Set.of(Role.ADMIN_AGENT);
  public static final Set<String> MANAGERS = Set.of(Role.ADMIN_AGENT, Role.SALES_AGENT, Role.HELPDESK_AGENT);
  public static final Set<String> BILLING = Set.of(Role.ADMIN_AGENT, Role.BILLING_ADMIN);
  public static final Set<String> SUPPORT_AGENTS = Set.of(Role.SUPPORT_AGENT);
  public static final Set<String> OPERATORS = Set.of(Role.OPERATOR);
  /** The operator and its support agents (who read the partners to pick one by name). */
  public static final Set<String> OPERATOR_STAFF = Set.of(Role.OPERATOR, Role.SUPPORT_AGENT);
  /** The event feed: partner staff, and the operator for its own events (price sheets loaded). */
  public static final Set<String> EVENT_READERS = Set.of(Role.ADMIN_AGENT, Role.SALES_AGENT, Role.HELPDESK_AGENT, Role.BILLING_ADMIN, Role.OPERATOR);
  /** Webhook endpoints: a partner's admin agents, and the operator for its own events. */
  public static final Set<String> WEBHOOK_OWNERS = Set.of(Role.ADMIN_AGENT, Role.OPERATOR);
}
