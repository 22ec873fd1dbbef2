// One operation of Microsoft's own client for Microsoft.Capacity (@azure/arm-reservations), unchanged, against the
// product: node reservations.cjs <operation> '<arguments as JSON>'. It prints what the client hands its caller (the
// deserialised result, or the error as the client raises it) as one JSON document.
// The client is given only the endpoint ($host) and a TokenCredential that returns the test's token.
const { AzureReservationAPI } = require("@azure/arm-reservations");

const endpoint = process.env.RVI_ENDPOINT;
const token = process.env.RVI_TOKEN;
const credential = { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3600 * 1000 }) };
const client = new AzureReservationAPI(credential, { $host: endpoint, endpoint });

async function all(iterator) {
  const out = [];
  for await (const item of iterator) {
    out.push(item);
  }
  return out;
}

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
  listOrders: () => all(client.reservationOrder.list()),
  getOrder: (a) => client.reservationOrder.get(a.reservationOrderId, a.options || {}),
  list: (a) => all(client.reservation.list(a.reservationOrderId)),
  get: (a) => client.reservation.get(a.reservationOrderId, a.reservationId),
  update: (a) => client.reservation.beginUpdateAndWait(a.reservationOrderId, a.reservationId, a.patch),
  revisions: (a) => all(client.reservation.listRevisions(a.reservationOrderId, a.reservationId)),
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

async function main() {
  const [name, args] = process.argv.slice(2);
  const operation = operations[name];
  if (!operation) {
    throw new Error("no operation " + name);
  }
  try {
    const result = await operation(JSON.parse(args || "{}"));
    process.stdout.write(JSON.stringify({ result: result === undefined ? null : result }));
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: { statusCode: e.statusCode, code: e.code, message: e.message,
      details: e.details || null } }));
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(1);
});
