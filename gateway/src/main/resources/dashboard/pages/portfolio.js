// Reservations and orders across all of the partner's customers: filters (customer, reseller, state, expiry window),
// a count, pages, and the rows shown as CSV.
import { get, has } from '../api.js';
import { badge, clear, empty, errorBox, field, h, loading, money, select, table } from '../dom.js';
import { pageLink, withQuery } from '../paths.js';
import { csvLink, customerNames, day, nextPage, when } from './listing.js';
import { RESERVATION_SORTS } from './reservations.js';

const STATES = ['Succeeded', 'Expiring', 'Expired', 'Cancelled', 'Exchanged', 'Split', 'Merged', 'TradedIn'];
const STATE_WORDS = { Succeeded: 'Active', Expiring: 'Expiring soon', Expired: 'Expired', Cancelled: 'Cancelled', Exchanged: 'Exchanged',
  Split: 'Split', Merged: 'Merged', TradedIn: 'Traded in' };
const PAGE = 50;

function stateOf(r) {
  return r.displayProvisioningState || r.provisioningState;
}

function stateBadge(r) {
  const state = stateOf(r);
  return badge(STATE_WORDS[state] || state, { Succeeded: 'ok', Expiring: 'warn', Expired: 'bad', Cancelled: 'bad' }[state] || '');
}

async function resellers() {
  if (!has('AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'BillingAdmin')) return [];
  try {
    return (await get('/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf')).items;
  } catch (e) {
    return [];
  }
}

function tabs(current) {
  return h('nav', { class: 'tabs', role: 'tablist', 'aria-label': 'Across customers' },
    [['reservations', 'Reservations'], ['orders', 'Orders']].map(([id, text]) =>
      h('a', { href: `#/portfolio/${id}`, role: 'tab', id: `portfolio-tab-${id}`, 'aria-selected': String(id === current) }, text)));
}

export async function portfolioPage(main, kind = 'reservations') {
  clear(main, h('h1', {}, 'Across customers'), tabs(kind), loading());
  const [names, links] = await Promise.all([customerNames(), resellers()]);
  const resellerName = new Map(links.map(l => [l.id || l.resellerId || l.tenantId, l.name || l.companyName || l.resellerMpnId]));
  const customer = select('customerId', [['', 'every customer'], ...[...names].sort((a, b) => a[1].localeCompare(b[1]))], '');
  customer.id = 'filter-customer';
  const reseller = select('resellerId', [['', 'any (direct or indirect)'], ...[...resellerName]], '');
  reseller.id = 'filter-reseller';
  const state = kind === 'reservations'
    ? select('state', [['', 'any state'], ...STATES.map(s => [s, STATE_WORDS[s]])], '')
    : select('status', [['', 'any status'], ['completed', 'completed'], ['pending', 'pending'], ['cancelled', 'cancelled']], '');
  state.id = 'filter-state';
  const after = h('input', { type: 'date', id: 'filter-expires-after', name: 'expiresAfter' });
  const before = h('input', { type: 'date', id: 'filter-expires-before', name: 'expiresBefore' });
  // Across customers the API's own order is the expiry's.
  const sort = select('sort', RESERVATION_SORTS.filter(([v]) => v !== 'expiresAt').map(([v, w]) => [v, v ? w : 'Expiring first']), '');
  sort.id = 'filter-sort';
  const text = h('input', { type: 'search', id: 'filter-q', name: 'q', maxlength: 100, placeholder: 'name, size, region or id' });
  const out = h('div', { id: 'portfolio-list', 'aria-live': 'polite' });
  const shown = [];
  const query = () => {
    const params = { size: String(PAGE) };
    if (customer.value) params.customerId = customer.value;
    if (reseller.value) params.resellerId = reseller.value;
    if (state.value) params[kind === 'reservations' ? 'state' : 'status'] = state.value;
    if (kind === 'reservations' && after.value) params.expiresAfter = after.value;
    if (kind === 'reservations' && before.value) params.expiresBefore = before.value;
    if (kind === 'reservations' && sort.value) params.sort = sort.value;
    if (kind === 'reservations' && text.value.trim()) params.q = text.value.trim();
    return withQuery(kind === 'reservations' ? '/v1/reservations' : '/v1/orders', params);
  };
  const name = id => names.get(id) || id;
  const reservationColumns = [
    { label: 'Reservation', value: r => h('a', { href: pageLink`#/customers/${r.customerId}/reservations/${r.reservationOrderId}/${r.id}`, class: 'reservation-link' },
      r.displayName || r.skuName), text: r => r.displayName || r.skuName },
    { label: 'Customer', value: r => name(r.customerId), text: r => name(r.customerId) },
    { label: 'Size and region', value: r => `${r.quantity} × ${r.skuName} in ${r.locationDisplayName || r.location}`, text: r => `${r.quantity} x ${r.skuName} ${r.location}` },
    { label: 'Term', value: r => `${r.term === 'P3Y' ? '3 years' : '1 year'}, ${r.billingPlan || 'Upfront'}`, text: r => `${r.term} ${r.billingPlan || 'Upfront'}` },
    { label: 'Bought', value: r => day(r.purchaseDateTime), text: r => r.purchaseDateTime },
    { label: 'Expires', value: r => day(r.expiryDateTime), text: r => r.expiryDateTime },
    { label: 'Via reseller', value: r => (r.resellerPartnerId ? resellerName.get(r.resellerPartnerId) || r.resellerPartnerId : '—'), text: r => r.resellerPartnerId || '' },
    { label: 'State', value: stateBadge, text: r => STATE_WORDS[stateOf(r)] || stateOf(r) },
    { label: 'History', value: r => h('a', { href: pageLink`#/revisions/${r.customerId}/${r.reservationOrderId}/${r.id}`, class: 'revisions-link' }, 'Revisions'), text: () => '' },
  ];
  const orderTotal = o => (o.totalPrice !== undefined ? o.totalPrice : o.lineItems.reduce((sum, l) => sum + Number(l.unitPrice || 0) * Number(l.quantity || 0), 0));
  const orderColumns = [
    { label: 'Order', value: o => h('span', { class: 'order-number' }, o.alternateId || o.id), text: o => o.alternateId || o.id },
    { label: 'Customer', value: o => name(o.referenceCustomerId || o.customerId), text: o => name(o.referenceCustomerId || o.customerId) },
    { label: 'What', value: o => o.lineItems.map(l => `${l.quantity} × ${l.friendlyName || l.offerId}`).join('; '),
      text: o => o.lineItems.map(l => `${l.quantity} x ${l.friendlyName || l.offerId}`).join('; ') },
    { label: 'Placed', value: o => when(o.creationDate), text: o => o.creationDate },
    { label: 'Total', value: o => money(orderTotal(o), o.currencyCode), num: true, text: o => `${orderTotal(o)} ${o.currencyCode}` },
    { label: 'Status', value: o => badge(o.status, o.status === 'completed' ? 'ok' : ''), text: o => o.status },
  ];
  const columns = kind === 'reservations' ? reservationColumns : orderColumns;
  const load = async (path, more) => {
    if (!more) {
      shown.length = 0;
      clear(out, loading());
    }
    try {
      const page = await get(path);
      shown.push(...page.items);
      const next = nextPage(page);
      const noun = kind === 'reservations' ? 'reservation' : 'order';
      const moreButton = next ? h('button', { type: 'button', class: 'secondary', id: 'show-more' }, `Show ${PAGE} more`) : null;
      if (moreButton) moreButton.addEventListener('click', () => load(next, true));
      clear(out, h('p', { id: 'portfolio-count', role: 'status' }, `${page.totalCount} ${noun}${page.totalCount === 1 ? '' : 's'} match`,
        shown.length < page.totalCount ? `; showing ${shown.length}` : '', '. ',
        shown.length ? csvLink('export-csv', `${kind}.csv`, columns, shown) : null),
      shown.length ? table(columns, shown) : empty(`No ${noun}s match these filters.`), moreButton ? h('p', {}, moreButton) : null);
    } catch (e) {
      clear(out, errorBox(e));
    }
  };
  const form = h('form', { class: 'row', id: 'portfolio-filters' }, field('Customer', customer), links.length ? field('Reseller', reseller) : null,
    field(kind === 'reservations' ? 'State' : 'Status', state),
    kind === 'reservations' ? [field('Expires on or after', after), field('Expires before', before), field('Find', text), field('Sort by', sort)] : null,
    h('button', { type: 'submit', id: 'apply-filters' }, 'Show'));
  form.addEventListener('submit', event => { event.preventDefault(); load(query(), false); });
  sort.addEventListener('change', () => load(query(), false));
  clear(main, h('h1', {}, 'Across customers'), tabs(kind),
    h('p', { class: 'note' }, kind === 'reservations'
      ? 'Every reservation of your customers. Dates are in your time zone; hover one for UTC.'
      : 'Every order of your customers, newest first.'), form, out);
  await load(query(), false);
}
