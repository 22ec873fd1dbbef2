package dev.rvi.gateway;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.http.Endpoint;
import dev.rvi.gateway.routes.AdminRoutes;
import dev.rvi.gateway.routes.ArmExchangeRoutes;
import dev.rvi.gateway.routes.ArmPurchaseRoutes;
import dev.rvi.gateway.routes.ArmReservationRoutes;
import dev.rvi.gateway.routes.ArmSavingsPlanRoutes;
import dev.rvi.gateway.routes.CatalogRoutes;
import dev.rvi.gateway.routes.EventRoutes;
import dev.rvi.gateway.routes.OrderRoutes;
import dev.rvi.gateway.routes.PriceListRoutes;
import dev.rvi.gateway.routes.ProfileRoutes;
import dev.rvi.gateway.routes.ReservationRoutes;
import dev.rvi.gateway.routes.SavingsPlanRoutes;
import dev.rvi.gateway.routes.StatementRoutes;
import dev.rvi.gateway.routes.SupportRoutes;
import java.util.Map;

/**
 * The work behind each protected operation of the OpenAPI document, by operation id. Which path,
 * roles and success status an operation has is the document's ({@link OpenApiDocument}); the gateway
 * refuses to start when an operation has no handler here or a handler names no operation.
 */
final class OperationHandlers {
  private OperationHandlers() {}

  static Map<String, Endpoint> of(BusClient bus, MovableClock clock, long priceSheetLimitBytes) {
    CatalogRoutes catalog = new CatalogRoutes(bus);
    PriceListRoutes priceLists = new PriceListRoutes(bus);
    AdminRoutes admin = new AdminRoutes(bus, clock, priceSheetLimitBytes);
    OrderRoutes orders = new OrderRoutes(bus);
    ReservationRoutes reservations = new ReservationRoutes(bus);
    SavingsPlanRoutes savingsPlans = new SavingsPlanRoutes(bus);
    EventRoutes events = new EventRoutes(bus);
    SupportRoutes support = new SupportRoutes(bus);
    ProfileRoutes profiles = new ProfileRoutes(bus);
    StatementRoutes statements = new StatementRoutes(bus);
    ArmReservationRoutes arm = new ArmReservationRoutes(bus);
    ArmPurchaseRoutes armPurchases = new ArmPurchaseRoutes(bus, clock);
    ArmExchangeRoutes armExchanges = new ArmExchangeRoutes(bus);
    ArmSavingsPlanRoutes armPlans = new ArmSavingsPlanRoutes(bus);
    return Map.ofEntries(
        Map.entry("listProducts", catalog::products),
        Map.entry("getProduct", catalog::product),
        Map.entry("listSkus", catalog::skus),
        Map.entry("getSku", catalog::sku),
        Map.entry("listAvailabilities", catalog::availabilities),
        Map.entry("searchReservedInstances", catalog::search),
        Map.entry("listRegions", catalog::regions),
        Map.entry("listPriceLists", priceLists::list),
        Map.entry("createPriceList", priceLists::create),
        Map.entry("getPriceList", priceLists::get),
        Map.entry("updatePriceList", priceLists::update),
        Map.entry("listPriceListRevisions", priceLists::revisions),
        Map.entry("assignPriceList", priceLists::assign),
        Map.entry("unassignPriceList", priceLists::unassign),
        Map.entry("previewPriceList", priceLists::preview),
        Map.entry("checkInventory", catalog::checkInventory),
        Map.entry("listRelationships", orders::relationships),
        Map.entry("getOrganizationProfile", profiles::organization),
        Map.entry("listEvents", events::list),
        Map.entry("createWebhook", events::createWebhook),
        Map.entry("listWebhooks", events::listWebhooks),
        Map.entry("getWebhook", events::getWebhook),
        Map.entry("deleteWebhook", events::deleteWebhook),
        Map.entry("pingWebhook", events::ping),
        Map.entry("listWebhookDeliveries", events::deliveries),
        Map.entry("updateWebhook", events::updateWebhook),
        Map.entry("rotateWebhookSecret", events::rotateSecret),
        Map.entry("retryWebhookDelivery", events::retryDelivery),
        Map.entry("createAlertRule", events::createAlertRule),
        Map.entry("listAlertRules", events::listAlertRules),
        Map.entry("getAlertRule", events::getAlertRule),
        Map.entry("deleteAlertRule", events::deleteAlertRule),
        Map.entry("createCustomer", orders::createCustomer),
        Map.entry("listCustomers", orders::listCustomers),
        Map.entry("getCustomer", orders::getCustomer),
        Map.entry("createSubscription", orders::createSubscription),
        Map.entry("listSubscriptions", orders::listSubscriptions),
        Map.entry("getSubscription", orders::getSubscription),
        Map.entry("updateSubscription", orders::updateSubscription),
        Map.entry("registerSubscription", orders::register),
        Map.entry("getRegistrationStatus", orders::registrationStatus),
        Map.entry("listAgentAccess", orders::listAgentAccess),
        Map.entry("getAgentAccess", orders::getAgentAccess),
        Map.entry("putAgentAccess", orders::grantAgentAccess),
        Map.entry("deleteAgentAccess", orders::revokeAgentAccess),
        Map.entry("createCart", orders::createCart),
        Map.entry("getCart", orders::getCart),
        Map.entry("updateCart", orders::updateCart),
        Map.entry("checkout", orders::checkout),
        Map.entry("listOrders", orders::listOrders),
        Map.entry("listPartnerOrders", orders::listPartnerOrders),
        Map.entry("listPartnerReservations", orders::listPartnerReservations),
        Map.entry("getOrder", orders::getOrder),
        Map.entry("createOrder", orders::createOrder),
        Map.entry("getOrderProvisioningStatus", orders::provisioningStatus),
        Map.entry("getReservedInstanceArtifact", orders::artifact),
        Map.entry("listEntitlements", orders::entitlements),
        Map.entry("listReservations", orders::listReservations),
        Map.entry("getReservation", orders::getReservation),
        Map.entry("configureReservation", reservations::configure),
        Map.entry("listRevisions", reservations::revisions),
        Map.entry("listRoleAssignments", reservations::roleAssignments),
        Map.entry("getRoleAssignment", reservations::roleAssignment),
        Map.entry("putRoleAssignment", reservations::assignRole),
        Map.entry("deleteRoleAssignment", reservations::removeRole),
        Map.entry("calculateRefund", reservations::calculateRefund),
        Map.entry("getRefundLimit", reservations::refundLimit),
        Map.entry("splitReservation", reservations::split),
        Map.entry("mergeReservations", reservations::merge),
        Map.entry("returnReservation", reservations::returnReservation),
        Map.entry("listSavingsPlans", savingsPlans::list),
        Map.entry("getSavingsPlan", savingsPlans::get),
        Map.entry("getSavingsPlanUtilization", savingsPlans::utilization),
        Map.entry("updateSavingsPlan", savingsPlans::update),
        Map.entry("cancelSavingsPlan", savingsPlans::refuse),
        Map.entry("returnSavingsPlan", savingsPlans::refuse),
        Map.entry("exchangeSavingsPlan", savingsPlans::refuse),
        Map.entry("calculateTradeIn", savingsPlans::calculate),
        Map.entry("tradeIn", savingsPlans::tradeIn),
        Map.entry("calculateExchange", reservations::calculateExchange),
        Map.entry("exchange", reservations::exchange),
        Map.entry("ingestUsage", reservations::ingestUsage),
        Map.entry("getUtilization", reservations::utilization),
        Map.entry("getRecommendations", reservations::recommendations),
        Map.entry("getSavingsPlanRecommendations", reservations::savingsPlanRecommendations),
        Map.entry("getBenefitComparison", reservations::benefitComparison),
        Map.entry("listInvoices", reservations::invoices),
        Map.entry("getInvoice", reservations::invoice),
        Map.entry("listInvoiceLineItems", reservations::invoiceLines),
        Map.entry("getReconciliation", reservations::reconciliation),
        Map.entry("listStatements", statements::list),
        Map.entry("getStatement", statements::get),
        Map.entry("getStatementCsv", statements::csv),
        Map.entry("getMarginReport", statements::margins),
        Map.entry("fileSupportRequest", support::file),
        Map.entry("listSupportRequests", support::listForCustomer),
        Map.entry("getSupportRequest", support::getForPartner),
        Map.entry("addPartnerNote", support::partnerNote),
        Map.entry("listPartnerSupportRequests", support::listForPartner),
        Map.entry("supportQueue", support::queue),
        Map.entry("getSupportRequestForAgent", support::getForAgent),
        Map.entry("assignSupportRequest", support::assign),
        Map.entry("notesSupportRequest", support::note),
        Map.entry("approveSupportRequest", support::approve),
        Map.entry("rejectSupportRequest", support::reject),
        Map.entry("closeSupportRequest", support::close),
        Map.entry("runRenewals", admin::runRenewals),
        Map.entry("onboardPartner", admin::onboardPartner),
        Map.entry("listPartners", admin::listPartners),
        Map.entry("linkReseller", admin::linkReseller),
        Map.entry("loadPriceSheet", admin::loadPriceSheet),
        Map.entry("openPriceLoad", admin::openPriceLoad),
        Map.entry("addPriceLoadPage", admin::addPriceLoadPage),
        Map.entry("commitPriceLoad", admin::commitPriceLoad),
        Map.entry("abandonPriceLoad", admin::abandonPriceLoad),
        Map.entry("getPriceLoad", admin::getPriceLoad),
        Map.entry("listPriceLoads", admin::listPriceLoads),
        Map.entry("armListAllReservations", arm::listAll),
        Map.entry("armListReservationOrders", arm::listOrders),
        Map.entry("armGetReservationOrder", arm::getOrder),
        Map.entry("armListReservations", arm::listInOrder),
        Map.entry("armGetReservation", arm::get),
        Map.entry("armUpdateReservation", arm::update),
        Map.entry("armListRevisions", arm::revisions),
        Map.entry("armAvailableScopes", arm::availableScopes),
        Map.entry("armArchiveReservation", arm::archive),
        Map.entry("armUnarchiveReservation", arm::unarchive),
        Map.entry("armSplitReservation", arm::split),
        Map.entry("armMergeReservations", arm::merge),
        Map.entry("armSplitMergeResult", arm::operationResult),
        Map.entry("armCalculateRefund", arm::calculateRefund),
        Map.entry("armReturn", arm::returnReservation),
        Map.entry("armCalculatePrice", armPurchases::calculatePrice),
        Map.entry("armListAllSavingsPlans", armPlans::listAll),
        Map.entry("armListSavingsPlanOrders", armPlans::listOrders),
        Map.entry("armGetSavingsPlanOrder", armPlans::getOrder),
        Map.entry("armListSavingsPlans", armPlans::listInOrder),
        Map.entry("armGetSavingsPlan", armPlans::get),
        Map.entry("armUpdateSavingsPlan", armPlans::update),
        Map.entry("armValidateSavingsPlanUpdate", armPlans::validateUpdate),
        Map.entry("armPurchaseSavingsPlan", armPlans::purchase),
        Map.entry("armGetSavingsPlanAlias", armPlans::alias),
        Map.entry("armValidateSavingsPlanPurchase", armPlans::validatePurchase),
        Map.entry("armPurchase", armPurchases::purchase),
        Map.entry("armCatalog", armPurchases::catalog),
        Map.entry("armAppliedReservations", armPurchases::applied),
        Map.entry("armCalculateExchange", armExchanges::calculate),
        Map.entry("armCalculateExchangeResult", armExchanges::quote),
        Map.entry("armExchange", armExchanges::exchange),
        Map.entry("armExchangeResult", armExchanges::result),
        Map.entry("readClock", admin::readClock),
        Map.entry("moveClock", admin::moveClock));
  }
}
