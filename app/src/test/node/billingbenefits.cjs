// One operation of Microsoft's own client for Microsoft.BillingBenefits (@azure/arm-billingbenefits), unchanged, against
// the product: node billingbenefits.cjs <operation> '<arguments as JSON>' (see run.cjs).
const { BillingBenefitsRP } = require("@azure/arm-billingbenefits");
const { endpoint, credential, all, run } = require("./run.cjs");

const client = new BillingBenefitsRP(credential, { $host: endpoint, endpoint });

const operations = {
  listAll: (a) => all(client.savingsPlan.listAll(a.options || {})),
  listOrders: () => all(client.savingsPlanOrder.list()),
  getOrder: (a) => client.savingsPlanOrder.get(a.savingsPlanOrderId, a.options || {}),
  list: (a) => all(client.savingsPlan.list(a.savingsPlanOrderId)),
  get: (a) => client.savingsPlan.get(a.savingsPlanOrderId, a.savingsPlanId, a.options || {}),
  update: (a) => client.savingsPlan.update(a.savingsPlanOrderId, a.savingsPlanId, a.body),
  validateUpdate: (a) => client.savingsPlan.validateUpdate(a.savingsPlanOrderId, a.savingsPlanId, a.body),
  purchase: (a) => client.savingsPlanOrderAlias.beginCreateAndWait(a.alias, a.body),
  alias: (a) => client.savingsPlanOrderAlias.get(a.alias),
  validatePurchase: (a) => client.validatePurchase(a.body),
};

run(operations);
