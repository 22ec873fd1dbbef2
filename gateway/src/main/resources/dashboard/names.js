// Names where the API answers ids: the signed-in partner's own (its organization profile), its resellers' and providers'
// (its relationships, by tenant id and by MPN id) and a customer's subscriptions. Each is asked once per page load.
import { get, has, who } from './api.js';
import { apiPath } from './paths.js';

const PARTNER_ROLES = ['AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'BillingAdmin'];
let profile = null;
let relations = null;
const subscriptions = new Map();

/** The caller's partner's organization profile (companyName, mpnId, ...), or null for the operator's staff or on a failure. */
export function organization() {
  const me = who();
  if (!me || !has(...PARTNER_ROLES)) return Promise.resolve(null);
  if (!profile || profile.tenant !== me.tenant) {
    profile = { tenant: me.tenant, answer: get('/v1/profiles/organization').catch(() => null) };
  }
  return profile.answer;
}

/** The partners the caller has a reseller relationship with, as [{id, name, mpnId}] (none on a failure). */
function relationships() {
  const me = who();
  if (!relations || relations.tenant !== (me && me.tenant)) {
    relations = { tenant: me && me.tenant, answer: get('/v1/relationships').then(page => page.items).catch(() => []) };
  }
  return relations.answer;
}

/** A partner's name by its tenant id (the caller's own, or a reseller's or provider's), else null. */
export async function partnerName(id) {
  if (!id) return null;
  const [own, related] = await Promise.all([organization(), relationships()]);
  if (own && own.id === id) return own.companyName;
  const found = related.find(p => p.id === id);
  return found ? found.name : null;
}

/** A partner's name by its MPN id (a reservation's partner of record), else null. */
export async function partnerNameByMpn(mpnId) {
  if (!mpnId) return null;
  const [own, related] = await Promise.all([organization(), relationships()]);
  if (own && own.mpnId === mpnId) return own.companyName;
  const found = related.find(p => p.mpnId === mpnId);
  return found ? found.name : null;
}

/** A customer's subscriptions by id ({id, friendlyName}), asked once per customer and page load. */
export function subscriptionsOf(customerId) {
  if (!subscriptions.has(customerId)) {
    subscriptions.set(customerId, get(apiPath`/v1/customers/${customerId}/subscriptions`)
      .then(page => new Map(page.items.map(s => [s.id, s])))
      .catch(() => new Map()));
  }
  return subscriptions.get(customerId);
}

/** The subscription id of an ARM scope such as /subscriptions/{id}. */
export function subscriptionIdOf(scope) {
  return String(scope || '').replace(/^\/subscriptions\//, '').split('/')[0];
}
