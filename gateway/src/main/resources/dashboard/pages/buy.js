// Add products → Azure: an active subscription, the reserved-instance list with filters (with the savings plan's price of
// the same term beside each), quantity, add to cart, and the way to buy a savings plan;
// Review (quantity, billing plan, scope, reseller; each line's total and payments, the cart's total), Buy after a
// confirmation that says what is charged to whom, the order with its number; order history.
import { get, newKey, post } from '../api.js';
import { saving, schedule, scheduleWords, sum } from '../amounts.js';
import { confirmAct } from '../confirm.js';
import { act, clear, empty, field, h, hourly, loading, money, select, success, table } from '../dom.js';
import { apiPath, pageLink, withQuery } from '../paths.js';
import { months, termWords } from './plan.js';
import { pagedTable } from '../table.js';

const CATALOG_SORTS = [['price', 'Price, lowest first'], ['-price', 'Price, highest first'], ['savings', 'Saving, highest first'],
  ['name', 'Size, A–Z'], ['region', 'Region, A–Z'], ['cores', 'vCPUs, fewest first']];

function cartKey(customerId) {
  return `rvi.cart.${customerId}`;
}

export function cart(customerId) {
  return JSON.parse(sessionStorage.getItem(cartKey(customerId)) || '{"lines": []}');
}

function saveCart(customerId, value) {
  sessionStorage.setItem(cartKey(customerId), JSON.stringify(value));
}

async function customerAndSubscriptions(customerId) {
  const [customer, subscriptions] = await Promise.all([get(apiPath`/v1/customers/${customerId}`), get(apiPath`/v1/customers/${customerId}/subscriptions`)]);
  const usable = subscriptions.items.filter(s => s.status === 'active' && s.registrationStatus === 'registered');
  return { customer, usable };
}

function customerName(customer) {
  return customer.companyProfile.companyName || customer.companyProfile.domain;
}

function title(customer, what) {
  return h('h1', {}, `${what} — ${customerName(customer)}`);
}

export async function buyPage(main, customerId) {
  clear(main, h('h1', {}, 'Add products'), loading());
  const { customer, usable } = await customerAndSubscriptions(customerId);
  if (usable.length === 0) {
    clear(main, title(customer, 'Add products'), empty('This customer has no active, registered Azure subscription yet. ',
      h('a', { href: '#/customers' }, 'Add and register one under Customers'), ' (the “Online services” step), then come back.'));
    return;
  }
  const state = cart(customerId);
  const [regions, resellers] = await Promise.all([soldRegions(customer.billingProfile.defaultAddress.country || 'US'), providerResellers()]);
  const subscription = select('subscription', usable.map(s => [s.id, s.friendlyName]), state.subscriptionId || usable[0].id);
  subscription.id = 'subscription';
  const f = {
    armRegionName: select('armRegionName', [['', 'any region'], ...regions.map(r => [r.name, `${r.displayName} (${r.name})`])], ''),
    series: h('input', { name: 'series', placeholder: 'e.g. Dsv5' }),
    armSkuName: h('input', { name: 'armSkuName', placeholder: 'e.g. Standard_D2s_v5' }),
    term: select('term', [['P1Y', '1 year'], ['P3Y', '3 years']], 'P1Y'),
    minCores: h('input', { name: 'minCores', type: 'number', min: 1, max: 1024, size: 5 }),
    maxCores: h('input', { name: 'maxCores', type: 'number', min: 1, max: 1024, size: 5 }),
    q: h('input', { name: 'q', type: 'search', placeholder: 'text' }),
  };
  Object.entries(f).forEach(([k, el]) => { el.id = `filter-${k}`; });
  // A provider sees its resellers' prices to their customers too once it names the reseller (the customer's own by default).
  const through = resellers.length ? select('resellerId', [['', 'no reseller: your cost and your price to resellers'],
    ...resellers.map(r => [r.id, r.name])], resellers.some(r => r.id === customer.associatedPartnerId) ? customer.associatedPartnerId : '') : null;
  if (through) through.id = 'filter-resellerId';
  const tier = { provider: resellers.length > 0 };
  const results = h('div', { id: 'results' });
  const summary = h('div', { id: 'cart-summary', class: 'row' });
  const showSummary = () => {
    const now = cart(customerId);
    clear(summary, h('span', {}, `Cart: ${now.lines.length} line${now.lines.length === 1 ? '' : 's'}`),
      now.lines.length ? h('a', { class: 'button', id: 'review', href: pageLink`#/customers/${customerId}/review` }, 'Review cart') : null);
  };
  const list = pagedTable({
    id: 'catalog', filename: 'reserved-instances', sort: 'price', sorts: CATALOG_SORTS,
    empty: 'Nothing matches these filters. Widen the region, size or cores.',
    path: sort => {
      const params = new URLSearchParams({ country: customer.billingProfile.defaultAddress.country || 'US', size: '25', sort });
      for (const [k, el] of Object.entries(f)) if (el.value.trim()) params.set(k, el.value.trim());
      if (through && through.value) params.set('resellerId', through.value);
      return withQuery('/v1/reservedInstances', params);
    },
    columns: [
      { label: 'Size', value: r => r.armSkuName, sort: ['name'] },
      { label: 'Region', value: r => r.armRegionName, sort: ['region'] },
      { label: 'Series', value: r => r.series },
      { label: 'vCPUs', value: r => r.cores, num: true, sort: ['cores'] },
      { label: 'Term', value: r => r.term },
      { label: 'Price', value: r => tierPrices(r.prices, r.unitPrice, r.currencyCode, tier), text: r => r.unitPrice, num: true, sort: ['price', '-price'] },
      { label: 'Pay-as-you-go', value: r => money(r.payAsYouGoPrice, r.currencyCode), text: r => r.payAsYouGoPrice, num: true },
      { label: 'Saves', value: r => saving(r.payAsYouGoPrice, r.unitPrice, r.currencyCode, r.savingsPercent), text: r => r.savingsPercent,
        num: true, sort: ['savings'] },
      { label: 'Savings plan', value: r => planPrice(r), text: r => (r.savingsPlan ? r.savingsPlan.price : ''), num: true },
      { label: 'Quantity', value: r => quantityAndAdd(customerId, subscription, r, showSummary, tier), text: () => '' },
    ],
  });
  results.append(h('p', { class: 'note' }, 'Prices are for the whole term, upfront. Software costs are not included: '
    + 'Windows, SQL Server and other licences are billed apart.'), list.element);
  const search = () => list.reload();
  const form = h('form', { id: 'filters' }, h('div', { class: 'row' },
    field('Region', f.armRegionName), field('Series', f.series), field('Size', f.armSkuName), field('Term', f.term),
    field('Min vCPUs', f.minCores), field('Max vCPUs', f.maxCores), field('Text', f.q),
    through ? field('Prices through reseller', through) : null, h('button', { type: 'submit', id: 'search' }, 'Search')));
  form.addEventListener('submit', event => { event.preventDefault(); search(); });
  if (through) through.addEventListener('change', search);
  const plans = h('p', { class: 'note' }, 'Or an Azure savings plan for compute: an hourly commitment for one or three years, across sizes and '
    + 'regions. ', h('a', { id: 'to-savings-plan', href: pageLink`#/customers/${customerId}/buySavingsPlan` }, 'Buy a savings plan'));
  clear(main, title(customer, 'Add products'), plans, h('h2', {}, 'Azure reserved VM instances'),
    h('div', { class: 'row' }, field('Subscription', subscription)), form, summary, results);
  showSummary();
  await search();
}

/** The regions the customer's market sells in (the catalog's own list), or none to pick from when it cannot be read. */
async function soldRegions(country) {
  try {
    return (await get(withQuery('/v1/regions', { country }))).items;
  } catch (e) {
    return [];
  }
}

/** A provider's resellers ({id, name, mpnId}); none for anyone else, or when they cannot be read. */
async function providerResellers() {
  try {
    return (await get('/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf')).items;
  } catch (e) {
    return [];
  }
}

/**
 * A price as the signed-in tier reads it. Without {@code prices} (no price list applies) the one price, as always; with
 * them the tier's cost, its price to the tier below (a reseller for a provider, else the customer) and, when a provider
 * named a reseller, what that reseller's customer pays.
 */
export function tierPrices(prices, unitPrice, currency, tier) {
  if (!prices) return money(unitPrice, currency);
  return h('span', { class: 'tier-prices' },
    h('span', { class: 'tier-cost', title: 'what you pay' }, money(prices.cost, currency)),
    h('span', { class: 'note tier-price' }, `${tier.provider ? 'to the reseller' : 'to the customer'} ${money(prices.price, currency)}`),
    prices.customerPrice !== undefined && prices.customerPrice !== null
      ? h('span', { class: 'note tier-customer' }, `customer pays ${money(prices.customerPrice, currency)}`) : null);
}

/** The savings plan of the same term for this size and region, when the catalog has its rate: the term's price and saving. */
function planPrice(row) {
  const plan = row.savingsPlan;
  if (!plan) return '—';
  const saves = row.payAsYouGoPrice === null || row.payAsYouGoPrice === undefined ? null
    : h('span', { class: 'note' }, `saves ${saving(row.payAsYouGoPrice, plan.price, row.currencyCode, plan.savingsPercent)}`);
  return h('span', { title: `${hourly(plan.hourlyRate, row.currencyCode)} an hour` }, money(plan.price, row.currencyCode), saves ? [h('br'), saves] : null);
}

function quantityAndAdd(customerId, subscription, row, showSummary, tier) {
  const quantity = h('input', { type: 'number', min: 1, max: 100000, value: 1, size: 4, 'aria-label': `Quantity of ${row.armSkuName} in ${row.armRegionName}` });
  const add = h('button', { type: 'button', 'data-sku': row.armSkuName, 'data-region': row.armRegionName, disabled: !row.isPurchasable },
    row.isPurchasable ? 'Add to cart' : 'Not sold here');
  add.addEventListener('click', () => {
    const n = Number(quantity.value);
    if (!Number.isInteger(n) || n < 1) {
      quantity.setCustomValidity('A whole number, at least 1');
      quantity.reportValidity();
      return;
    }
    const state = cart(customerId);
    state.subscriptionId = subscription.value;
    state.lines.push({ catalogItemId: row.catalogItemId, armSkuName: row.armSkuName, region: row.armRegionName, term: row.term,
      unitPrice: row.unitPrice, currency: row.currencyCode, quantity: n, scope: 'Single', subscriptionId: subscription.value,
      prices: row.prices || null, provider: tier.provider });
    saveCart(customerId, state);
    add.textContent = 'Added';
    setTimeout(() => { add.textContent = 'Add to cart'; }, 1200);
    showSummary();
  });
  return h('span', { class: 'row' }, quantity, add);
}

/** A line's total over its term and its payments: upfront, or one a month (the API's split, BillingPlan.schedule). */
function lineCost(line) {
  const total = sum(Array.from({ length: Math.max(0, line.quantity) }, () => line.unitPrice));
  return { total, plan: schedule(total, line.billingPlan === 'Monthly' ? months(line.term) : 1) };
}

function lineWords(line) {
  return `${line.quantity} × ${line.armSkuName} in ${line.region}, ${termWords(line.term)}`;
}

function costWords(line) {
  const { total, plan } = lineCost(line);
  return line.billingPlan === 'Monthly' ? `${money(total, line.currency)}: ${scheduleWords(plan, line.currency)}`
    : `${money(total, line.currency)} upfront`;
}

/** What the cart costs: its total over the terms, what is charged now (upfront lines and first monthly payments), and each month after. */
function cartCost(lines) {
  const costs = lines.map(lineCost);
  const monthly = lines.filter(l => l.billingPlan === 'Monthly');
  const longest = Math.max(0, ...monthly.map(l => months(l.term)));
  return {
    total: sum(costs.map(c => c.total)),
    now: sum(costs.map(c => (c.plan.count === 1 ? c.total : c.plan.each))),
    monthly: sum(costs.filter(c => c.plan.count > 1).map(c => c.plan.each)),
    months: longest,
  };
}

export async function reviewPage(main, customerId) {
  clear(main, h('h1', {}, 'Review'), loading());
  const { customer, usable } = await customerAndSubscriptions(customerId);
  const resellers = (await get('/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf')).items;
  const state = cart(customerId);
  if (state.lines.length === 0) {
    clear(main, title(customer, 'Review'), empty('The cart is empty. ', h('a', { href: pageLink`#/customers/${customerId}/buy` }, 'Add products')));
    return;
  }
  state.lines.forEach(l => { l.billingPlan = l.billingPlan || 'Upfront'; });
  const currency = state.lines[0].currency;
  const out = h('div', { id: 'checkout-result' });
  const totals = h('dl', { class: 'props totals', id: 'cart-total', 'aria-live': 'polite' });
  const showTotals = () => {
    const cost = cartCost(state.lines);
    clear(totals, h('dt', {}, 'Cart total'), h('dd', {}, h('strong', { id: 'cart-total-amount' }, money(cost.total, currency)), ' over the terms'),
      h('dt', {}, 'Charged at purchase'), h('dd', { id: 'cart-now' }, money(cost.now, currency)),
      cost.months ? [h('dt', {}, 'Then each month'), h('dd', { id: 'cart-monthly' }, `${money(cost.monthly, currency)} a month, up to ${cost.months} months in all`)] : null);
  };
  const rows = state.lines.map((line, i) => {
    const total = h('span', { class: 'line-total', id: `line-total-${i}` });
    const showLine = () => { clear(total, costWords(line)); showTotals(); };
    const quantity = h('input', { type: 'number', min: 1, max: 100000, value: line.quantity, size: 4, 'aria-label': `Quantity of line ${i + 1}` });
    quantity.addEventListener('input', () => {
      const n = Number(quantity.value);
      quantity.setCustomValidity(Number.isInteger(n) && n >= 1 ? '' : 'A whole number, at least 1');
      if (!Number.isInteger(n) || n < 1) return;
      line.quantity = n;
      saveCart(customerId, state);
      showLine();
    });
    const billing = select('billingPlan', [['Upfront', 'Upfront'], ['Monthly', 'Monthly']], line.billingPlan);
    billing.id = `billing-${i}`;
    billing.setAttribute('aria-label', `Billing plan of line ${i + 1}`);
    billing.addEventListener('change', () => { line.billingPlan = billing.value; saveCart(customerId, state); showLine(); });
    const scope = select('scope', [['Single', 'Single'], ['Shared', 'Shared']], line.scope);
    scope.setAttribute('aria-label', `Scope of line ${i + 1}`);
    const sub = select('subscription', usable.map(s => [s.id, s.friendlyName]), line.subscriptionId);
    sub.setAttribute('aria-label', `Subscription of line ${i + 1}`);
    sub.disabled = line.scope === 'Shared';
    scope.addEventListener('change', () => { line.scope = scope.value; sub.disabled = line.scope === 'Shared'; saveCart(customerId, state); });
    sub.addEventListener('change', () => { line.subscriptionId = sub.value; saveCart(customerId, state); });
    const remove = h('button', { type: 'button', class: 'secondary remove', 'aria-label': `Remove line ${i + 1}` }, 'Remove');
    remove.addEventListener('click', () => { state.lines.splice(i, 1); saveCart(customerId, state); reviewPage(main, customerId); });
    showLine();
    return { line, cells: { quantity, billing, scope, sub, remove, total } };
  });
  let reseller = null;
  if (resellers.length) {
    reseller = select('reseller', [['', 'Choose the reseller of record'], ...resellers.map(r => [r.mpnId, `${r.name} (MPN ${r.mpnId})`])], state.reseller || '');
    reseller.id = 'reseller';
    reseller.addEventListener('change', () => { state.reseller = reseller.value; saveCart(customerId, state); });
  }
  const who = customerName(customer);
  const buy = h('button', { type: 'button', id: 'buy' }, 'Buy…');
  buy.addEventListener('click', () => act(buy, out, async () => {
    clear(out);
    if (reseller && !reseller.value) throw new Error('Choose the reseller this purchase is made with: an indirect provider names one on each purchase.');
    if (state.lines.some(l => !Number.isInteger(l.quantity) || l.quantity < 1)) throw new Error('Each quantity is a whole number, at least 1.');
    const body = { lineItems: state.lines.map((l, i) => ({ id: i, catalogItemId: l.catalogItemId, quantity: l.quantity, termDuration: l.term,
      billingPlan: l.billingPlan, provisioningContext: { subscriptionId: l.subscriptionId || state.subscriptionId, scope: l.scope.toLowerCase() } })) };
    if (reseller) body.participants = [{ key: 'transaction_reseller', value: reseller.value }];
    // The cart checks every line (prices, access, the reseller) and spends nothing; only checkout does, after the confirmation.
    const created = await post(apiPath`/v1/customers/${customerId}/carts`, body, { 'Idempotency-Key': newKey() });
    const refused = (created.lineItems || []).find(l => l.error);
    if (refused) throw new Error(refused.error.errorDescription || 'The cart refused a line.');
    const cost = cartCost(state.lines);
    const chosen = reseller ? resellers.find(r => r.mpnId === reseller.value) : null;
    const yes = await confirmAct({
      title: `Buy for ${who}?`,
      facts: [
        ['Customer', who === customer.companyProfile.domain ? who : `${who} (${customer.companyProfile.domain})`],
        chosen ? ['Reseller of record', `${chosen.name} (MPN ${chosen.mpnId})`] : null,
        ...state.lines.map(l => [lineWords(l), costWords(l)]),
        ['Charged at purchase', h('strong', { id: 'confirm-now' }, money(cost.now, currency))],
        cost.months ? ['Then each month', `${money(cost.monthly, currency)}, up to ${cost.months} months in all`] : null,
        ['Total over the terms', h('strong', { id: 'confirm-total' }, money(cost.total, currency))],
      ],
      notes: ['The reservations start at once and are billed to the subscriptions above. Software costs (Windows, SQL Server) are billed apart.',
        'Cancelling later has a fee: after the first days, or once VMs have used a reservation, a refund returns only the unused value less '
        + 'an early termination fee, and it counts against the customer’s yearly refund limit.'],
      accept: `Buy for ${money(cost.total, currency)}`,
    });
    if (!yes) {
      clear(out, h('p', { class: 'note', id: 'not-bought', role: 'status' }, 'Nothing was bought. The cart is kept: change it, or buy when ready.'));
      return;
    }
    const result = await post(apiPath`/v1/customers/${customerId}/carts/${created.id}/checkout`, undefined, { 'Idempotency-Key': newKey() });
    saveCart(customerId, { lines: [] });
    clear(main, title(customer, 'Order placed'), success(h('strong', {}, 'Thank you — your order is placed.')),
      result.orders.map(o => h('div', { class: 'card order' }, h('p', {}, 'Order number ', h('strong', { class: 'order-number' }, o.alternateId),
        h('span', { class: 'note' }, ` (order ID ${o.id})`)), h('p', {}, `${o.lineItems.length} line(s), total `,
        h('strong', { class: 'order-total' }, money(o.totalPrice, o.currencyCode))))),
      h('p', {}, h('a', { class: 'button', id: 'order-history', href: pageLink`#/customers/${customerId}/orders` }, 'Order history'), ' ',
        h('a', { href: pageLink`#/customers/${customerId}/reservations` }, 'See the reservations')));
  }));
  clear(main, title(customer, 'Review'),
    table([
      { label: 'Reservation', value: r => h('span', {}, h('strong', {}, r.line.armSkuName), h('br'), `${r.line.region}, ${termWords(r.line.term)}`) },
      { label: 'Unit price', value: r => tierPrices(r.line.prices, r.line.unitPrice, r.line.currency, { provider: !!r.line.provider }), num: true },
      { label: 'Quantity', value: r => r.cells.quantity },
      { label: 'Billing', value: r => r.cells.billing },
      { label: 'Scope', value: r => r.cells.scope },
      { label: 'Subscription', value: r => r.cells.sub },
      { label: 'Line total', value: r => r.cells.total, num: true },
      { label: '', value: r => r.cells.remove },
    ], rows),
    totals,
    reseller ? h('div', { class: 'row' }, field('Reseller (partner of record)', reseller)) : null,
    h('p', { class: 'note' }, 'Software costs are not included. A reservation starts at once, billed upfront for the term or monthly at no extra '
      + 'cost. You see what will be charged, and confirm, before anything is bought.'),
    h('p', {}, buy, ' ', h('a', { href: pageLink`#/customers/${customerId}/buy` }, 'Add more')), out);
  showTotals();
}
