// One operation of Microsoft's own client for Microsoft.Capacity (@azure/arm-reservations), unchanged, against the
// product: node reservations.cjs <operation> '<arguments as JSON>' (see run.cjs). The client is given only the endpoint
// ($host) and a TokenCredential that returns the test's token.
const { AzureReservationAPI } = require("@azure/arm-reservations");
const { endpoint, credential, all, run } = require("./run.cjs");

const client = new AzureReservationAPI(credential, { $host: endpoint, endpoint });

async function pages(iterator) {
  const out = [];
  for await (const page of iterator.byPage()) {
    out.push(page.length);
  }
  return out;
}

const operations = {
  listAll: (a) => all(client.reservation.listAll(a.options || {})),
  listAllPages: (a) => pages(client.reservation.listAll(a.options || {})),
  // The pager hands out a page's items only; the list's own call (the client's, unchanged) answers its summary too.
  listAllFirstPage: (a) => client.reservation._listAll(a.options || {}),
  listOrders: () => all(client.reservationOrder.list()),
  getOrder: (a) => client.reservationOrder.get(a.reservationOrderId, a.options || {}),
  list: (a) => all(client.reservation.list(a.reservationOrderId)),
  get: (a) => client.reservation.get(a.reservationOrderId, a.reservationId),
  update: (a) => client.reservation.beginUpdateAndWait(a.reservationOrderId, a.reservationId, a.patch),
  revisions: (a) => all(client.reservation.listRevisions(a.reservationOrderId, a.reservationId)),
  archive: (a) => client.reservation.archive(a.reservationOrderId, a.reservationId),
  unarchive: (a) => client.reservation.unarchive(a.reservationOrderId, a.reservationId),
  availableScopes: (a) => client.reservation.beginAvailableScopesAndWait(a.reservationOrderId, a.reservationId, a.body),
  split: (a) => client.reservation.beginSplitAndWait(a.reservationOrderId, a.body),
  merge: (a) => client.reservation.beginMergeAndWait(a.reservationOrderId, a.body),
  calculateRefund: (a) => client.calculateRefund.post(a.reservationOrderId, a.body),
  return: (a) => client.return.beginPostAndWait(a.reservationOrderId, a.body),
  calculatePrice: (a) => client.reservationOrder.calculate(a.body),
  purchase: (a) => client.reservationOrder.beginPurchaseAndWait(a.reservationOrderId, a.body),
  catalog: (a) => all(client.listCatalog(a.subscriptionId, a.options || {})),
  applied: (a) => client.getAppliedReservationList(a.subscriptionId),
  calculateExchange: (a) => client.calculateExchange.beginPostAndWait(a.body),
  exchange: (a) => client.exchange.beginPostAndWait(a.body),
};

run(operations);
