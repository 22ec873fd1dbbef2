// Reservations: the list with state badges, and one reservation's Overview, Access control, Configure,
// Properties, New support request (Basics / Problem / Contact), Refund and Exchange (the quote shown before anything
// happens) and Trade in for a savings plan.
import { get, has, newKey, patch, post } from '../api.js';
import { moment, percent } from '../amounts.js';
import { confirmAct } from '../confirm.js';
import { act, badge, clear, copyButton, date, empty, errorBox, field, h, loading, money, scopePicker, select, success, table } from '../dom.js';
import { apiPath, pageLink, withQuery } from '../paths.js';
import { when } from '../format.js';
import { partnerNameByMpn, subscriptionIdOf, subscriptionsOf } from '../names.js';
import { tradeIn } from './tradein.js';
import { termWords } from './plan.js';
import { replacementNotice } from './orders.js';
import { stateKind, stateWords } from '../states.js';
import { listParams, pagedTable } from '../table.js';

/** The state as a person reads it (Active, Expiring, Refunded, Exchanged, ...), the API's own on hover. */
export function stateBadge(r) {
  const words = stateWords(r);
  const b = badge(words, stateKind(words));
  b.title = r.displayProvisioningState || r.provisioningState || '';
  return b;
}

/** The orders the reservation lists offer (sort=); '' is the API's own (the customer's in the order bought). */
export const RESERVATION_SORTS = [['', 'Order bought'], ['expiresAt', 'Expiring first'], ['-expiresAt', 'Expiring last'],
  ['-purchasedAt', 'Bought most recently'], ['purchasedAt', 'Bought longest ago'], ['-quantity', 'Largest quantity'],
  ['name', 'Name'], ['size', 'Size'], ['region', 'Region'], ['state', 'State']];

/** What tells two reservations of one size and region apart: "2 × Standard_D4s_v5 eastus · 1 year · bought 3 Dec 2026". */
function distinctName(r) {
  return [`${r.quantity} × ${r.displayName || r.skuName}`, ' · ', termWords(r.term), ' · bought ', date(r.purchaseDateTime)];
}

function path(c, ro, r) {
  return apiPath`/v1/customers/${c}/reservationOrders/${ro}/reservations/${r}`;
}

export async function reservationsPage(main, customerId) {
  clear(main, h('h1', {}, 'Reservations'), loading());
  const customer = await get(apiPath`/v1/customers/${customerId}`);
  const name = customer.companyProfile.companyName || customer.companyProfile.domain;
  const list = pagedTable({
    id: 'reservations', filename: `reservations-${name}`, sorts: RESERVATION_SORTS, sort: '', search: 'name, size, region or id',
    path: (sort, q) => withQuery(apiPath`/v1/customers/${customerId}/reservations`, listParams({ size: '50' }, sort, q)),
    empty: ['No reservations yet. ', has('AdminAgent', 'SalesAgent') ? h('a', { href: pageLink`#/customers/${customerId}/buy` }, 'Buy one') : null],
    columns: [
      { label: 'Name', value: r => h('a', { href: pageLink`#/customers/${customerId}/reservations/${r.reservationOrderId}/${r.id}`, class: 'reservation-link' },
        r.displayName || r.skuName), text: r => r.displayName || r.skuName, sort: ['name', '-name'] },
      { label: 'Size', value: r => r.skuName, sort: ['size', '-size'] },
      { label: 'Region', value: r => r.location, sort: ['region', '-region'] },
      { label: 'Quantity', value: r => r.quantity, num: true, sort: ['-quantity', 'quantity'] },
      { label: 'Term', value: r => termWords(r.term) },
      { label: 'Purchased', value: r => date(r.purchaseDateTime), text: r => r.purchaseDateTime, sort: ['-purchasedAt', 'purchasedAt'] },
      { label: 'Scope', value: r => r.appliedScopeType },
      { label: 'Expires', value: r => date(r.expiryDateTime), text: r => r.expiryDateTime, sort: ['expiresAt', '-expiresAt'] },
      { label: 'State', value: stateBadge, text: stateWords, sort: ['state', '-state'] },
    ],
  });
  clear(main, h('h1', {}, `Reservations — ${name}`), list.element);
  await list.reload();
}

const TABS = [['overview', 'Overview'], ['access', 'Access control'], ['configure', 'Configure'], ['properties', 'Properties'],
  ['support', 'New support request'], ['refund', 'Refund'], ['exchange', 'Exchange'], ['tradein', 'Trade in for a savings plan']];
/** The tabs a reservation's link may name (the router checks it). */
export const RESERVATION_TABS = TABS.map(([id]) => id);

export async function reservationPage(main, c, ro, r, tab = 'overview') {
  clear(main, h('h1', {}, 'Reservation'), loading());
  const reservation = await get(path(c, ro, r));
  const base = pageLink`#/customers/${c}/reservations/${ro}/${r}`;
  const body = h('div', { id: `tab-${tab}`, role: 'tabpanel' });
  const visible = TABS.filter(([id]) => !['configure', 'support', 'refund', 'exchange', 'tradein'].includes(id) || has('AdminAgent', 'SalesAgent', 'HelpdeskAgent'));
  clear(main, h('p', {}, h('a', { href: pageLink`#/customers/${c}/reservations` }, '← Reservations')),
    h('h1', { id: 'reservation-title' }, distinctName(reservation), ' ', stateBadge(reservation)),
    await replacementNotice(c, reservation),
    h('nav', { class: 'tabs', role: 'tablist', 'aria-label': 'Reservation' }, visible.map(([id, text]) =>
      h('a', { href: `${base}/${id}`, role: 'tab', 'aria-selected': String(id === tab), id: `tablink-${id}` }, text))),
    body);
  const pages = { overview, access, configure, properties, support, refund, exchange, tradein: tradeIn };
  await (pages[tab] || overview)(body, reservation, c, ro, r);
}

/** After a change on the page: its title and state, and what replaced it, read again from the API. */
async function refreshHeader(c, ro, r) {
  const now = await get(path(c, ro, r));
  const title = document.getElementById('reservation-title');
  if (title) clear(title, distinctName(now), ' ', stateBadge(now));
  const notice = await replacementNotice(c, now);
  const old = document.getElementById('reservation-later');
  if (old && notice) old.replaceWith(notice);
  else if (old) old.remove();
  else if (notice && title) title.after(notice);
}

async function overview(body, res, c, ro, r) {
  const aggregates = (res.utilization && res.utilization.aggregates) || [];
  const chart = h('div', { class: 'chart', role: 'img', 'aria-label': 'Utilization by day' });
  clear(body, h('dl', { class: 'props' },
    h('dt', {}, 'Expires'), h('dd', {}, date(res.expiryDateTime), res.displayProvisioningState === 'Expiring' ? ' — expiring soon' : ''),
    h('dt', {}, 'Scope'), h('dd', { id: 'scope' }, await scopeText(res, c)),
    h('dt', {}, 'Size and region'), h('dd', {}, `${res.quantity} × ${res.skuName} in ${res.locationDisplayName || res.location}`),
    h('dt', {}, 'Term'), h('dd', {}, `${res.term}, ${res.billingPlan || 'Upfront'}`),
    h('dt', {}, 'Renews'), h('dd', {}, res.renew ? 'yes, at expiry' : 'no'),
    ...aggregates.flatMap(a => [h('dt', {}, `Utilization, ${a.grain} day${a.grain === 1 ? '' : 's'}`),
      h('dd', {}, a.value === null || a.value === undefined ? 'no usage reported yet' : percent(a.value))])),
  h('h2', {}, 'Utilization by day (last 30 days)'), chart,
  h('p', { class: 'note' }, 'One bar a day, its height the share of reserved hours used; orange where it was under 80 %. Hover a bar for its day.'));
  try {
    // Without from/to the API answers the platform's last 30 days.
    const days = (await get(`${path(c, ro, r)}/utilization?grain=daily`)).items;
    if (!days.length) {
      clear(chart, h('p', { class: 'note' }, 'No usage has been reported for this reservation yet.'));
      return;
    }
    clear(chart, days.map(d => {
      const pct = Number(d.utilizedPercentage || 0);
      return h('div', { class: `bar${pct < 80 ? ' low' : ''}`, title: `${d.usageDate}: ${percent(pct)}`, style: null, 'data-pct': pct });
    }));
    chart.querySelectorAll('.bar').forEach(bar => { bar.style.height = `${Math.max(2, Number(bar.dataset.pct))}%`; });
  } catch (e) {
    clear(chart, errorBox(e));
  }
}

async function access(body, res, c, ro, r) {
  clear(body, loading());
  const roles = (await get(`${path(c, ro, r)}/roleAssignments`)).items;
  clear(body, h('p', { class: 'note' }, 'Who may see and manage this reservation besides your admin agents.'),
    roles.length ? table([{ label: 'User', value: a => a.userId || a.principalId }, { label: 'Role', value: a => a.role || a.roleDefinitionName }], roles)
      : empty('No one else has a role on this reservation.'));
}

async function configure(body, res, c, ro, r) {
  const subs = (await get(apiPath`/v1/customers/${c}/subscriptions`)).items.filter(s => s.status === 'active' && s.unitType !== 'Benefit');
  const current = res.appliedScopes && res.appliedScopes.length ? res.appliedScopes[0].replace('/subscriptions/', '') : subs[0] && subs[0].id;
  const [scope, sub] = scopePicker([['Single', 'Single subscription'], ['Shared', 'Shared']], res.appliedScopeType, subs, current,
    ['scope', 'scope-subscription']);
  const renew = h('input', { type: 'checkbox', id: 'renew', checked: !!res.renew });
  const out = h('div', { id: 'configure-result' });
  const save = h('button', { type: 'button', id: 'save-configuration' }, 'Save');
  save.addEventListener('click', () => act(save, out, async () => {
    const change = scope.value === 'Shared' ? { appliedScopeType: 'Shared' } : { appliedScopeType: 'Single', appliedScopes: [`/subscriptions/${sub.value}`] };
    change.renew = renew.checked;
    const updated = await patch(path(c, ro, r), change);
    clear(out, success('Saved: the scope is now ', await scopeText(updated, c), '.'));
    await refreshHeader(c, ro, r);
  }));
  clear(body, h('div', { class: 'row' }, field('Scope', scope), field('Subscription', sub)), h('label', {}, h('span', {}, renew, ' Renew at expiry')),
    h('p', {}, save), out);
}

/**
 * A reservation's scope with its subscriptions by name: "Single (Contoso production)", each id on hover and copyable.
 * A subscription the customer's list does not name shows its id.
 */
export async function scopeText(res, customerId) {
  const scopes = res.appliedScopes || [];
  if (!scopes.length) return res.appliedScopeType;
  const subs = await subscriptionsOf(customerId);
  const parts = scopes.map(scope => {
    const id = subscriptionIdOf(scope);
    const sub = subs.get(id);
    return sub && sub.friendlyName
      ? h('span', { class: 'subscription-name', title: scope }, sub.friendlyName, ' ', copyButton(id, `the subscription ID of ${sub.friendlyName}`))
      : h('code', {}, scope);
  });
  return h('span', {}, `${res.appliedScopeType} (`, parts.flatMap((p, i) => (i ? [', ', p] : [p])), ')');
}

async function properties(body, res, c) {
  const [partner, subs] = await Promise.all([partnerNameByMpn(res.partnerIdOnRecord), subscriptionsOf(c)]);
  const billing = subs.get(res.billingSubscriptionId);
  clear(body, h('dl', { class: 'props' },
    h('dt', {}, 'Reservation ID'), h('dd', {}, h('code', { id: 'reservation-id' }, res.id), ' ', copyButton(res.id, 'the reservation ID')),
    h('dt', {}, 'Reservation order ID'), h('dd', {}, h('code', { id: 'reservation-order-id' }, res.reservationOrderId), ' ',
      copyButton(res.reservationOrderId, 'the reservation order ID')),
    h('dt', {}, 'Order number'), h('dd', {}, res.orderNumber || '—'),
    h('dt', {}, 'Purchased'), h('dd', {}, when(res.purchaseDateTime)),
    h('dt', {}, 'Billing subscription'), h('dd', { id: 'billing-subscription' }, billing && billing.friendlyName ? `${billing.friendlyName} ` : '',
      h('code', {}, res.billingSubscriptionId), ' ', copyButton(res.billingSubscriptionId, 'the billing subscription ID')),
    h('dt', {}, 'Partner of record'), h('dd', { id: 'partner-of-record' }, partner ? `${partner} ` : '',
      res.partnerIdOnRecord ? [h('span', { class: 'note' }, 'MPN ID '), h('code', {}, res.partnerIdOnRecord), ' ',
        copyButton(res.partnerIdOnRecord, 'the MPN ID of the partner of record')] : '—'),
    h('dt', {}, 'Unit price'), h('dd', {}, money(res.unitPrice, res.currencyCode)),
    h('dt', {}, 'Instance size flexibility'), h('dd', {}, res.instanceFlexibility)));
}

/** The seed's three steps: Basics (issue, problem, category, what to do), Problem (details), Contact. */
function support(body, res, c) {
  const draft = { issueType: 'Billing', problemType: 'ReservationManagement', category: 'ExchangeAndRefund', requestedAction: 'refund',
    quantity: res.quantity, description: '', contact: { preferredContactMethod: 'email', name: '', email: '', phone: '' } };
  let step = 0;
  const steps = ['Basics', 'Problem', 'Contact'];
  const render = () => {
    const out = h('div', { id: 'support-result' });
    const list = h('ol', { class: 'steps' }, steps.map((s, i) => h('li', { 'aria-current': i === step ? 'step' : null }, `${i + 1}. ${s}`)));
    let content;
    if (step === 0) {
      const action = select('requestedAction', [['refund', 'Refund (cancel and return)'], ['exchange', 'Exchange']], draft.requestedAction);
      action.id = 'requested-action';
      const qty = h('input', { type: 'number', id: 'support-quantity', min: 1, max: res.quantity, value: draft.quantity });
      content = h('div', {}, h('div', { class: 'row' },
        field('Issue type', select('issueType', [['Billing', 'Billing']], 'Billing')),
        field('Problem type', select('problemType', [['ReservationManagement', 'Reservation management']], 'ReservationManagement')),
        field('Category', select('category', [['ExchangeAndRefund', 'Exchange and refund']], 'ExchangeAndRefund')),
        field('What should happen', action), field(`Quantity (of ${res.quantity})`, qty)),
      nextButton(() => { draft.requestedAction = action.value; draft.quantity = Number(qty.value); }));
    } else if (step === 1) {
      const text = h('textarea', { id: 'support-description', rows: 4, cols: 60, maxlength: 4000 }, draft.description);
      content = h('div', {}, field('Describe the problem', text, 'What changed, and what you would like us to do.'),
        h('p', {}, backButton(), ' '), nextButton(() => { draft.description = text.value; }));
    } else {
      const method = select('preferredContactMethod', [['email', 'Email'], ['phone', 'Phone']], draft.contact.preferredContactMethod);
      const name = h('input', { id: 'contact-name', value: draft.contact.name, required: true });
      const email = h('input', { id: 'contact-email', type: 'email', value: draft.contact.email });
      const phone = h('input', { id: 'contact-phone', type: 'tel', value: draft.contact.phone });
      const submit = h('button', { type: 'button', id: 'submit-support-request' }, 'Create');
      submit.addEventListener('click', () => act(submit, out, async () => {
        draft.contact = { preferredContactMethod: method.value, name: name.value.trim(), email: email.value.trim(), phone: phone.value.trim(),
          language: navigator.language || 'en-US', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' };
        if (!draft.contact.email) delete draft.contact.email;
        if (!draft.contact.phone) delete draft.contact.phone;
        const filed = await post(apiPath`/v1/customers/${c}/supportRequests`, { ...draft, reservationId: res.id, reservationOrderId: res.reservationOrderId },
          { 'Idempotency-Key': newKey() });
        clear(body, success('Support request ', h('strong', { id: 'support-request-id' }, filed.id), ` created (status ${filed.status}). `
          + 'A support agent will look at it; you can follow it under this customer.'));
      }));
      content = h('div', {}, h('div', { class: 'row' }, field('Preferred contact', method), field('Name', name), field('Email', email), field('Phone', phone)),
        h('p', {}, backButton(), ' ', submit), out);
    }
    clear(body, list, content);
  };
  const nextButton = keep => {
    const b = h('button', { type: 'button', class: 'next' }, 'Next');
    b.addEventListener('click', () => { keep(); step += 1; render(); });
    return b;
  };
  const backButton = () => {
    const b = h('button', { type: 'button', class: 'secondary' }, 'Back');
    b.addEventListener('click', () => { step -= 1; render(); });
    return b;
  };
  render();
}

function refund(body, res, c, ro) {
  const qty = h('input', { type: 'number', id: 'refund-quantity', min: 1, max: res.quantity, value: res.quantity });
  const out = h('div', { id: 'refund-quote' });
  const quote = h('button', { type: 'button', id: 'quote-refund' }, 'Show the refund');
  quote.addEventListener('click', () => act(quote, out, async () => {
    const q = await post(apiPath`/v1/customers/${c}/reservationOrders/${ro}/calculateRefund`, { reservationToReturn: { reservationId: res.id, quantity: Number(qty.value) } });
    const amount = q.billingRefundAmount || {};
    const cur = amount.currencyCode;
    const future = q.cancelledFuturePayments && Number(q.cancelledFuturePayments.amount) > 0 ? q.cancelledFuturePayments : null;
    const limit = q.countedAgainstRefundLimit || {};
    const confirm = h('button', { type: 'button', class: 'danger', id: 'confirm-refund' }, `Cancel ${q.quantity} and refund ${money(amount.amount, cur)}`);
    const done = h('div', { id: 'refund-result' });
    confirm.addEventListener('click', () => act(confirm, done, async () => {
      clear(done);
      const customer = await get(apiPath`/v1/customers/${c}`);
      const yes = await confirmAct({
        title: `Cancel ${q.quantity} × ${res.skuName}?`,
        facts: [
          ['Customer', customer.companyProfile.companyName || customer.companyProfile.domain],
          ['Cancelled', `${q.quantity} of ${res.quantity} × ${res.skuName} in ${res.locationDisplayName || res.location}`],
          ['Refunded', h('strong', { id: 'confirm-refund-amount' }, money(amount.amount, cur))],
          ['Early termination fee', money(q.fee && q.fee.amount, cur)],
          future ? ['Payments to come, cancelled', money(future.amount, future.currencyCode || cur)] : null,
          ['Counted against the refund limit', money(limit.amount, limit.currencyCode)],
        ],
        notes: ['The cancelled instances stop at once and cannot be restored; buying them again costs today’s price.'],
        accept: `Cancel and refund ${money(amount.amount, cur)}`,
        danger: true,
      });
      if (!yes) {
        clear(done, h('p', { class: 'note', id: 'not-refunded', role: 'status' }, 'Nothing was cancelled.'));
        return;
      }
      const r = await post(apiPath`/v1/customers/${c}/reservationOrders/${ro}/return`, { sessionId: q.sessionId,
        reservationToReturn: { reservationId: res.id, quantity: q.quantity }, returnReason: 'Cancelled from the dashboard' });
      clear(done, success(`Refunded ${money(r.billingRefundAmount.amount, r.billingRefundAmount.currencyCode)}; ${r.remainingQuantity} remain.`));
      pending.remove();
      await refreshHeader(c, ro, res.id);
    }));
    const errors = (q.policyResult && q.policyResult.policyErrors) || [];
    const pending = errors.length ? errorBox(new Error(errors.map(e => e.description).join('; '))) : h('p', {}, 'Nothing has happened yet. ', confirm);
    clear(out, h('div', { class: 'card' }, h('dl', { class: 'props' },
      h('dt', {}, 'Refund'), h('dd', { id: 'refund-amount' }, h('strong', {}, money(amount.amount, cur))),
      h('dt', {}, 'Purchase value'), h('dd', {}, money(q.purchaseValue && q.purchaseValue.amount, cur)),
      h('dt', {}, 'Remaining value'), h('dd', {}, money(q.remainingValue && q.remainingValue.amount, cur)),
      h('dt', {}, 'Early termination fee'), h('dd', { id: 'refund-fee' }, money(q.fee && q.fee.amount, cur)),
      future ? [h('dt', {}, 'Payments to come, cancelled'), h('dd', {}, money(future.amount, future.currencyCode || cur))] : null,
      h('dt', {}, 'Counted against the refund limit'), h('dd', {}, money(limit.amount, limit.currencyCode)),
      h('dt', {}, 'Quote valid until'), h('dd', {}, moment(q.validUntil))),
    q.policyResult && q.policyResult.policyText ? h('p', { class: 'note', id: 'refund-policy' }, q.policyResult.policyText) : null,
    pending, done));
  }));
  clear(body, h('p', { class: 'note' }, 'See what a cancellation returns before anything happens. Refunds count against the customer’s yearly cap; '
    + 'a support request is the other way.'), h('div', { class: 'row' }, field(`Quantity (of ${res.quantity})`, qty), quote), out);
}

/**
 * What the catalog sells this customer for a term, every page of the reserved-instance list: the regions and, per
 * region, the sizes with their offer. The exchange picks from these instead of free text.
 */
async function sold(country, term) {
  const offers = [];
  let path = withQuery('/v1/reservedInstances', { country, term, size: '1000', sort: 'name' });
  for (let page = 0; path && page < 20; page++) {
    const answer = await get(path);
    offers.push(...answer.items.filter(o => o.isPurchasable));
    const next = answer.links && answer.links.next && answer.links.next.uri;
    path = next ? new URL(next, location.origin).pathname + new URL(next, location.origin).search : null;
  }
  const byRegion = new Map();
  for (const o of offers) {
    if (!byRegion.has(o.armRegionName)) byRegion.set(o.armRegionName, []);
    byRegion.get(o.armRegionName).push(o);
  }
  return byRegion;
}

/** An exchange: return some of this reservation, buy another (region, size, term, quantity, scope) from pickers; the quote first. */
async function exchange(body, res, c) {
  if (res.exchangeEligibility === 'notExchangeable') {
    clear(body, empty(`This reservation cannot be exchanged: ${res.exchangeEligibilityReason || 'see its properties'}. `,
      res.quantity ? h('a', { href: pageLink`#/customers/${c}/reservations/${res.reservationOrderId}/${res.id}/tradein` }, 'Trade it in for a savings plan') : null));
    return;
  }
  clear(body, loading('Loading what the catalog sells…'));
  const [customer, subs] = await Promise.all([get(apiPath`/v1/customers/${c}`), get(apiPath`/v1/customers/${c}/subscriptions`)]);
  const country = customer.billingProfile.defaultAddress.country || 'US';
  const active = subs.items.filter(s => s.status === 'active' && s.registrationStatus === 'registered');
  const giveBack = h('input', { type: 'number', id: 'exchange-return', min: 1, max: res.quantity, value: res.quantity });
  const term = select('term', [['P1Y', '1 year'], ['P3Y', '3 years']], res.term);
  term.id = 'exchange-term';
  const region = h('select', { id: 'exchange-region', name: 'region' });
  const size = h('select', { id: 'exchange-size', name: 'size' });
  const price = h('span', { id: 'exchange-price', class: 'note' });
  const buy = h('input', { type: 'number', id: 'exchange-quantity', min: 1, value: res.quantity });
  const [scope, sub] = scopePicker([['Shared', 'Shared'], ['Single', 'Single subscription']], 'Shared', active, active[0] && active[0].id);
  const out = h('div', { id: 'exchange-quote' });
  const quote = h('button', { type: 'button', id: 'quote-exchange' }, 'Show the exchange');
  let catalog = new Map();
  const offer = () => (catalog.get(region.value) || []).find(o => o.armSkuName === size.value);
  const showPrice = () => {
    const o = offer();
    clear(price, o ? `${money(o.unitPrice, o.currencyCode)} each for the term` : '');
  };
  const fillSizes = wanted => {
    const sizes = catalog.get(region.value) || [];
    clear(size, sizes.map(o => h('option', { value: o.armSkuName, selected: o.armSkuName === wanted }, `${o.armSkuName} (${o.cores ?? '?'} vCPUs)`)));
    showPrice();
  };
  const load = async () => {
    const wantedRegion = region.value || res.location;
    const wantedSize = size.value || res.skuName;
    catalog = await sold(country, term.value);
    const regions = [...catalog.keys()].sort();
    clear(region, regions.map(r => h('option', { value: r, selected: r === wantedRegion }, r)));
    fillSizes(wantedSize);
  };
  region.addEventListener('change', () => fillSizes(size.value));
  size.addEventListener('change', showPrice);
  term.addEventListener('change', () => act(quote, out, load));
  quote.addEventListener('click', () => act(quote, out, async () => {
    const found = offer();
    if (!found) throw new Error('Choose a region and a size the catalog sells to this customer.');
    const q = await post(apiPath`/v1/customers/${c}/calculateExchange`, {
      reservationsToExchange: [{ reservationId: res.id, quantity: Number(giveBack.value) }],
      reservationsToPurchase: [{ catalogItemId: found.catalogItemId, quantity: Number(buy.value), termDuration: term.value,
        provisioningContext: { subscriptionId: sub.value, scope: scope.value } }] });
    const errors = (q.policyResult && q.policyResult.policyErrors) || [];
    const done = h('div', { id: 'exchange-result' });
    const net = q.netPayable || {};
    const confirm = h('button', { type: 'button', class: 'danger', id: 'confirm-exchange' }, `Exchange and pay ${money(net.amount, net.currencyCode)}`);
    confirm.addEventListener('click', () => act(confirm, done, async () => {
      clear(done);
      const yes = await confirmAct({
        title: 'Exchange this reservation?',
        facts: [
          ['Customer', customer.companyProfile.companyName || customer.companyProfile.domain],
          ['Returned', `${Number(giveBack.value)} × ${res.skuName} in ${res.location}`],
          ['Credited, without a fee', money(q.refundsTotal.amount, q.refundsTotal.currencyCode)],
          ['Bought', `${Number(buy.value)} × ${found.armSkuName} in ${found.armRegionName}, ${term.value === 'P3Y' ? '3 years' : '1 year'}`],
          ['The new reservation costs', money(q.purchasesTotal.amount, q.purchasesTotal.currencyCode)],
          ['To pay after the credit', h('strong', { id: 'confirm-net' }, money(net.amount, net.currencyCode))],
        ],
        notes: ['The new term starts today. Cancelling the new reservation later has an early termination fee.'],
        accept: `Exchange and pay ${money(net.amount, net.currencyCode)}`,
        danger: true,
      });
      if (!yes) {
        clear(done, h('p', { class: 'note', id: 'not-exchanged', role: 'status' }, 'Nothing was exchanged.'));
        return;
      }
      const r = await post(apiPath`/v1/customers/${c}/exchange`, { sessionId: q.sessionId });
      clear(done, success('Exchanged. New order number ', h('strong', { class: 'order-number' }, r.order.alternateId), '. ',
        h('a', { href: pageLink`#/customers/${c}/orders/${r.order.id}`, id: 'new-order-link' }, 'See the new order and its reservation')));
      pending.remove();
      await refreshHeader(c, res.reservationOrderId, res.id);
    }));
    const pending = errors.length ? errorBox(new Error(errors.map(e => e.description).join('; '))) : h('p', {}, 'Nothing has happened yet. ', confirm);
    clear(out, h('div', { class: 'card' }, h('dl', { class: 'props' },
      h('dt', {}, 'Credited for what you return'), h('dd', { id: 'exchange-credit' }, money(q.refundsTotal.amount, q.refundsTotal.currencyCode)),
      h('dt', {}, 'The new reservation costs'), h('dd', { id: 'exchange-cost' }, money(q.purchasesTotal.amount, q.purchasesTotal.currencyCode)),
      h('dt', {}, 'To pay'), h('dd', { id: 'exchange-net' }, h('strong', {}, money(net.amount, net.currencyCode))),
      h('dt', {}, 'Quote valid until'), h('dd', {}, moment(q.validUntil))),
    pending, done));
  }));
  await load();
  clear(body, h('p', { class: 'note' }, 'The unused value of what you return is credited, without a fee, to the new purchase, which must cost at '
    + 'least as much; the new term starts today. Exchanges do not count against the refund cap.'),
  h('div', { class: 'row' }, field(`Return (of ${res.quantity})`, giveBack), field('Term', term), field('Region', region), field('New size', size, price),
    field('Quantity', buy), field('Scope', scope), field('Subscription', sub), quote), out);
}
