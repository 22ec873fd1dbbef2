// Order history with each order's state as its reservations now stand, and an order's detail: its lines, each line's
// reservations and what happened to them later (refunds, exchanges with what replaced them, trade-ins, credits).
import { get, has } from '../api.js';
import { badge, clear, h, loading, money, table } from '../dom.js';
import { when } from '../format.js';
import { apiPath, pageLink } from '../paths.js';
import { orderState, stateKind, stateWords } from '../states.js';
import { pagedTable } from '../table.js';
import { termWords } from './plan.js';

function customerName(customer) {
  return customer.companyProfile.companyName || customer.companyProfile.domain;
}

function reservationLink(c, r, text) {
  return h('a', { href: pageLink`#/customers/${c}/reservations/${r.reservationOrderId}/${r.id}`, class: 'reservation-link' }, text);
}

function lineReservations(reservations, line) {
  return reservations.filter(r => r.reservationOrderId === line.reservationOrderId);
}

function stateBadgeOf(words) {
  return badge(words, words === 'Completed' ? 'ok' : stateKind(words) || (words.startsWith('Partly') ? 'warn' : ''));
}

/** The order's state: completed while all it bought is in force, else what happened (a savings plan's line has no reservation). */
function stateOf(order, reservations) {
  const lines = order.lineItems.filter(l => l.unitType !== 'Benefit');
  if (!lines.length) return order.status === 'completed' ? 'Completed' : order.status;
  const bought = lines.reduce((n, l) => n + Number(l.quantity || 0), 0);
  return orderState(bought, lines.flatMap(l => lineReservations(reservations, l)));
}

export async function ordersPage(main, customerId) {
  clear(main, h('h1', {}, 'Order history'), loading());
  const [customer, reservations] = await Promise.all([get(apiPath`/v1/customers/${customerId}`),
    get(apiPath`/v1/customers/${customerId}/reservations?size=1000`)]);
  const all = reservations.items;
  const lineText = o => o.lineItems.map(l => {
    const now = lineReservations(all, l).reduce((n, r) => n + Number(r.quantity || 0), 0);
    const changed = l.unitType !== 'Benefit' && lineReservations(all, l).length && now !== Number(l.quantity);
    return `${l.quantity} × ${l.friendlyName || l.offerId}${changed ? ` (${now} in force)` : ''}`;
  }).join('; ');
  const list = pagedTable({
    id: 'orders', filename: 'orders',
    empty: has('AdminAgent', 'SalesAgent') ? 'No orders yet. Add products to buy the first.' : 'No orders yet.',
    path: () => apiPath`/v1/customers/${customerId}/orders?size=25`,
    columns: [
      { label: 'Order number', value: o => h('a', { href: pageLink`#/customers/${customerId}/orders/${o.id}`, class: 'order-number' }, o.alternateId),
        text: o => o.alternateId },
      { label: 'Date', value: o => when(o.creationDate), text: o => o.creationDate },
      { label: 'Lines', value: lineText },
      { label: 'Total', value: o => money(o.totalPrice, o.currencyCode), text: o => o.totalPrice, num: true },
      { label: 'Status', value: o => h('span', { class: 'order-state' }, stateBadgeOf(stateOf(o, all))), text: o => stateOf(o, all) },
    ],
  });
  clear(main, h('h1', {}, `Order history — ${customerName(customer)}`), list.element);
  await list.reload();
}

/** A revision's change in words, with its amount and, for an exchange, a link to what replaced it. */
function changeWords(c, res, rev) {
  const before = Number((rev.before || {}).quantity);
  const after = Number((rev.after || {}).quantity);
  const n = before - after;
  const count = `${n} instance${n === 1 ? '' : 's'}`;
  const a = rev.after || {};
  if (rev.change === 'return') {
    return [`Refunded ${count}`, a.refundAmount !== undefined ? `: ${money(a.refundAmount, a.currencyCode || res.currencyCode)} credited` : ''];
  }
  if (rev.change === 'exchange') {
    return [`Exchanged ${count}`, a.credit !== undefined ? `: ${money(a.credit, res.currencyCode)} credited` : '',
      a.replacedBy ? [' — replaced by ', replacementLink(c, a.replacedBy)] : ''];
  }
  if (rev.change === 'tradeIn') {
    return [`Traded in ${count} for a savings plan`, a.credit !== undefined ? `: ${money(a.credit, res.currencyCode)} credited` : ''];
  }
  return null;
}

/** "order 1234-5678 (Standard_D4s_v5 eastus)": the order an exchange bought, by its number once it is read. */
function replacementLink(c, replacedBy) {
  const link = h('a', { href: pageLink`#/customers/${c}/orders/${replacedBy.orderId}`, class: 'replacement-order' }, 'the new order');
  get(apiPath`/v1/customers/${c}/orders/${replacedBy.orderId}`)
    .then(order => { link.textContent = `order ${order.alternateId}`; })
    .catch(() => {});
  return link;
}

const LATER = ['return', 'exchange', 'tradeIn'];

/** The refunds, exchanges and trade-ins of reservations, newest last: [{res, rev}]. */
async function laterChanges(c, reservations) {
  const lists = await Promise.all(reservations.map(r =>
    get(apiPath`/v1/customers/${c}/reservationOrders/${r.reservationOrderId}/reservations/${r.id}/revisions`)
      .then(page => page.items.filter(rev => LATER.includes(rev.change)).map(rev => ({ res: r, rev })))
      .catch(() => [])));
  return lists.flat().sort((x, y) => String(x.rev.changedAt).localeCompare(String(y.rev.changedAt)));
}

export async function orderPage(main, c, orderId) {
  clear(main, h('h1', {}, 'Order'), loading());
  const [customer, order] = await Promise.all([get(apiPath`/v1/customers/${c}`), get(apiPath`/v1/customers/${c}/orders/${orderId}`)]);
  const lines = await Promise.all(order.lineItems.map(async line => {
    if (line.unitType === 'Benefit' || !line.reservationOrderId) return { line, reservations: [], changes: [] };
    const reservations = (await get(apiPath`/v1/customers/${c}/reservations?reservationOrderId=${line.reservationOrderId}`)).items;
    return { line, reservations, changes: await laterChanges(c, reservations) };
  }));
  const all = lines.flatMap(l => l.reservations);
  const state = stateOf(order, all);
  clear(main, h('p', {}, h('a', { href: pageLink`#/customers/${c}/orders` }, '← Order history')),
    h('h1', {}, `Order ${order.alternateId} — ${customerName(customer)} `, h('span', { id: 'order-state' }, stateBadgeOf(state))),
    h('dl', { class: 'props' },
      h('dt', {}, 'Ordered'), h('dd', {}, when(order.creationDate)),
      h('dt', {}, 'Total'), h('dd', {}, money(order.totalPrice, order.currencyCode))),
    lines.map(({ line, reservations, changes }) => h('section', { class: 'card order-line', 'data-line': line.lineItemNumber },
      h('h2', {}, `${line.quantity} × ${line.friendlyName || line.offerId}`),
      h('p', { class: 'note' }, `${termWords(line.termDuration)} · ${money(line.unitPrice, line.currencyCode)} each · ${money(line.subtotal, line.currencyCode)}`),
      reservations.length ? table([
        { label: 'Reservation', value: r => reservationLink(c, r, r.displayName || r.skuName) },
        { label: 'Quantity now', value: r => r.quantity, num: true },
        { label: 'State', value: r => { const w = stateWords(r); return badge(w, stateKind(w)); } },
      ], reservations) : null,
      h('h3', {}, 'Later changes'),
      changes.length
        ? h('ul', { class: 'plain later-changes' }, changes.map(({ res, rev }) =>
          h('li', { 'data-change': rev.change }, when(rev.changedAt), ' · ', changeWords(c, res, rev))))
        : h('p', { class: 'note' }, 'None: everything this line bought is as it was bought.'))));
}

/**
 * What happened to a reservation that is no longer all in force, for the top of its page: refunded, or exchanged with a
 * link to the order (and its reservations) that replaced it. Null when nothing was given back.
 */
export async function replacementNotice(c, res) {
  const changes = await laterChanges(c, [res]);
  if (!changes.length) return null;
  return h('div', { class: 'notice', id: 'reservation-later', role: 'status' },
    h('ul', { class: 'plain' }, changes.map(({ rev }) => h('li', {}, when(rev.changedAt), ' · ', changeWords(c, res, rev),
      rev.after && rev.after.replacedBy ? [' ', newReservations(c, rev.after.replacedBy)] : null))));
}

/** Links to the reservations an exchange bought (read from its order's lines). */
function newReservations(c, replacedBy) {
  const out = h('span', { class: 'new-reservations' });
  get(apiPath`/v1/customers/${c}/orders/${replacedBy.orderId}`).then(async order => {
    const found = await Promise.all(order.lineItems.filter(l => l.reservationOrderId).map(l =>
      get(apiPath`/v1/customers/${c}/reservations?reservationOrderId=${l.reservationOrderId}`).then(p => p.items).catch(() => [])));
    const ids = new Set(replacedBy.reservationIds || []);
    const news = found.flat().filter(r => !ids.size || ids.has(r.id));
    clear(out, news.length ? ['(', news.flatMap((r, i) => [i ? ', ' : '', reservationLink(c, r, `new reservation ${r.displayName || r.skuName}`)]), ')'] : '');
  }).catch(() => {});
  return out;
}
