package dev.rvi.domain.directory;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.customer.CustomerAccess;
import dev.rvi.domain.customer.CustomerIds;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.customer.SubscriptionRef;
import dev.rvi.domain.directory.AgentAccessRef;
import dev.rvi.domain.directory.BenefitSubscriptionChanges;
import dev.rvi.domain.directory.CustomerCreate;
import dev.rvi.domain.directory.NameQuery;
import dev.rvi.domain.directory.Names;
import dev.rvi.domain.directory.RelationshipQuery;
import dev.rvi.domain.directory.SubscriptionCreate;
import dev.rvi.domain.directory.SubscriptionUpdate;
import dev.rvi.domain.partner.PartnerIdentity;
import dev.rvi.domain.partner.PartnerOnboarding;
import dev.rvi.domain.partner.ResellerLink;
import dev.rvi.domain.pricing.PricingScope;
import dev.rvi.domain.pricing.PricingTiers;
import dev.rvi.domain.usage.CustomerMarket;

/**
 * The customer directory: partners and their reseller links, customers, subscriptions and their registration, agent
 * access. Its answers to other services are records: who the caller's partner is, whether a customer is the caller's,
 * which subscriptions an agent may see, whether the caller may act on a subscription.
 */
public final class DirectoryContract {
  private DirectoryContract() {}

  public static final BusAction<PartnerOnboarding, Document> ONBOARD_PARTNER = of(DirectoryAction.ONBOARD_PARTNER, PartnerOnboarding.class);
  public static final BusAction<NoBody, Document> LIST_PARTNERS = of(DirectoryAction.LIST_PARTNERS, NoBody.class);
  public static final BusAction<ResellerLink, Document> LINK_RESELLER = of(DirectoryAction.LINK_RESELLER, ResellerLink.class);
  public static final BusAction<RelationshipQuery, Document> LIST_RELATIONSHIPS = of(DirectoryAction.LIST_RELATIONSHIPS, RelationshipQuery.class);
  /** The caller's partner's organization profile (its name, MPN id, tenant), in Partner Center's shape. */
  public static final BusAction<NoBody, Document> ORGANIZATION_PROFILE = of(DirectoryAction.ORGANIZATION_PROFILE, NoBody.class);

  public static final BusAction<CustomerCreate, Document> CREATE_CUSTOMER = of(DirectoryAction.CREATE_CUSTOMER, CustomerCreate.class);
  public static final BusAction<ListQuery, Document> LIST_CUSTOMERS = of(DirectoryAction.LIST_CUSTOMERS, ListQuery.class);
  public static final BusAction<CustomerRef, Document> GET_CUSTOMER = of(DirectoryAction.GET_CUSTOMER, CustomerRef.class);

  public static final BusAction<SubscriptionCreate, Document> CREATE_SUBSCRIPTION = of(DirectoryAction.CREATE_SUBSCRIPTION, SubscriptionCreate.class);
  public static final BusAction<CustomerRef, Document> LIST_SUBSCRIPTIONS = of(DirectoryAction.LIST_SUBSCRIPTIONS, CustomerRef.class);
  public static final BusAction<SubscriptionRef, Document> GET_SUBSCRIPTION = of(DirectoryAction.GET_SUBSCRIPTION, SubscriptionRef.class);
  public static final BusAction<SubscriptionUpdate, Document> UPDATE_SUBSCRIPTION = of(DirectoryAction.UPDATE_SUBSCRIPTION, SubscriptionUpdate.class);
  public static final BusAction<SubscriptionRef, Document> REGISTER_SUBSCRIPTION = of(DirectoryAction.REGISTER_SUBSCRIPTION, SubscriptionRef.class);
  public static final BusAction<SubscriptionRef, Document> GET_REGISTRATION_STATUS =
      of(DirectoryAction.GET_REGISTRATION_STATUS, SubscriptionRef.class);
  /** Who has explicit access to one subscription. */
  public static final BusAction<SubscriptionRef, Document> LIST_AGENT_ACCESS = of(DirectoryAction.LIST_AGENT_ACCESS, SubscriptionRef.class);
  public static final BusAction<AgentAccessRef, Document> GET_AGENT_ACCESS = of(DirectoryAction.GET_AGENT_ACCESS, AgentAccessRef.class);
  public static final BusAction<AgentAccessRef, Document> GRANT_AGENT_ACCESS = of(DirectoryAction.GRANT_AGENT_ACCESS, AgentAccessRef.class);
  public static final BusAction<AgentAccessRef, Document> REVOKE_AGENT_ACCESS = of(DirectoryAction.REVOKE_AGENT_ACCESS, AgentAccessRef.class);

  /** Who the caller's tenant is as a partner; a tenant that is not an onboarded partner is refused (403). */
  public static final BusAction<NoBody, PartnerIdentity> PARTNER_CONTEXT =
      BusAction.of(Address.DIRECTORY, DirectoryAction.PARTNER_CONTEXT.name(), NoBody.class, PartnerIdentity.class);
  /** A customer the caller's partner sees (404 otherwise), and which of its subscriptions the caller may see. */
  public static final BusAction<CustomerRef, CustomerAccess> CUSTOMER_ACCESS =
      BusAction.of(Address.DIRECTORY, DirectoryAction.CUSTOMER_ACCESS.name(), CustomerRef.class, CustomerAccess.class);
  /** Of the named customers, those the caller's partner sees. */
  public static final BusAction<CustomerIds, CustomerIds> CUSTOMERS_VISIBLE =
      BusAction.of(Address.DIRECTORY, DirectoryAction.CUSTOMERS_VISIBLE.name(), CustomerIds.class, CustomerIds.class);
  /** The caller's partner owns the subscription and the caller may act on it (explicit access for sales and helpdesk agents). */
  public static final BusAction<SubscriptionRef, NoBody> SUBSCRIPTION_ACCESS =
      BusAction.of(Address.DIRECTORY, DirectoryAction.SUBSCRIPTION_ACCESS.name(), SubscriptionRef.class, NoBody.class);
  /** A customer the caller sees, with its country (which decides the market's prices). */
  public static final BusAction<CustomerRef, CustomerMarket> CUSTOMER_MARKET =
      BusAction.of(Address.DIRECTORY, DirectoryAction.CUSTOMER_MARKET.name(), CustomerRef.class, CustomerMarket.class);

  /**
   * The tiers a price passes through for the caller: its partner, and the provider, reseller and customer it names
   * (each checked against the caller's partner: another's is 404; one a tier does not have is 400).
   */
  public static final BusAction<PricingScope, PricingTiers> PRICING_TIERS =
      BusAction.of(Address.DIRECTORY, DirectoryAction.PRICING_TIERS.name(), PricingScope.class, PricingTiers.class);

  /** The names of partners and customers by id, for the support agents' screens (support agents only). */
  public static final BusAction<NameQuery, Names> NAMES =
      BusAction.of(Address.DIRECTORY, DirectoryAction.NAMES.name(), NameQuery.class, Names.class);

  /** The order service's savings plans as they change, for the subscriptions they show as (the platform only). */
  public static final BusAction<BenefitSubscriptionChanges, NoBody> APPLY_BENEFIT_SUBSCRIPTIONS = BusAction.of(Address.DIRECTORY,
      DirectoryAction.APPLY_BENEFIT_SUBSCRIPTIONS.name(), BenefitSubscriptionChanges.class, NoBody.class);

  private static <Q> BusAction<Q, Document> of(DirectoryAction action, Class<Q> request) {
    return BusAction.of(Address.DIRECTORY, action.name(), request, Document.class);
  }
}
