// Savings plans: a customer's plans, one plan's Overview (its properties and utilization) and Configure (name, scope,
// auto-renew), and buying one through the cart (term, billing plan, scope, the hourly commitment prefilled with what the
// customer's usage recommends and the saving it shows, its total), after a confirmation of what is charged to whom.
import { get, has, newKey, patch, post } from '../api.js';
import { percent, schedule, scheduleWords } from '../amounts.js';
import { confirmAct } from '../confirm.js';
import { act, clear, copyButton, date, empty, errorBox, field, h, hourly, loading, money, scopePicker, select, success, table } from '../dom.js';
import { apiPath, pageLink, withQuery } from '../paths.js';
import { BILLING_PLANS, finalNote, months, SCOPES, termWords, totalOver } from './plan.js';
import { stateBadge } from './reservations.js';
import { subscriptionIdOf, subscriptionsOf } from '../names.js';

const TABS = [['overview', 'Overview'], ['configure', 'Configure']];
/** The tabs a savings plan's link may name (the router checks it). */
export const SAVINGS_PLAN_TABS = TABS.map(([id]) => id);
const BILLING_CYCLES = { Upfront: 'one_time', Monthly: 'monthly' };

function customerName(customer) {
  return customer.companyProfile.companyName || customer.companyProfile.domain;
}

async function usableSubscriptions(customerId) {
  return (await get(apiPath`/v1/customers/${customerId}/subscriptions`)).items
    .filter(s => s.status === 'active' && s.registrationStatus === 'registered');
}

function commitmentText(plan) {
  const c = plan.commitment || {};
  return `${hourly(c.amount, c.currencyCode)} an hour`;
}

/** A plan's scope with its subscription by name (the customer's list {@code subs}), else by id. */
function scopeText(plan, subs) {
  const sub = plan.appliedScopeProperties && plan.appliedScopeProperties.subscriptionId;
  if (!sub) return plan.appliedScopeType;
  const known = subs && subs.get(subscriptionIdOf(sub));
  return `${plan.appliedScopeType} (${known && known.friendlyName ? known.friendlyName : `subscription ${subscriptionIdOf(sub)}`})`;
}

export async function savingsPlansPage(main, customerId) {
  clear(main, h('h1', {}, 'Savings plans'), loading());
  const [customer, page, subs] = await Promise.all([get(apiPath`/v1/customers/${customerId}`),
    get(apiPath`/v1/customers/${customerId}/savingsPlans?size=100`), subscriptionsOf(customerId)]);
  const buy = has('AdminAgent', 'SalesAgent')
    ? h('a', { class: 'button', id: 'buy-savings-plan', href: pageLink`#/customers/${customerId}/buySavingsPlan` }, 'Buy a savings plan') : null;
  clear(main, h('h1', {}, `Savings plans — ${customerName(customer)}`),
    h('p', { class: 'note' }, 'A savings plan for compute commits to an amount an hour for one or three years; it lowers the price of the '
      + 'virtual machines that reservations leave, in any size and region.'),
    buy ? h('p', {}, buy) : null,
    page.items.length === 0 ? empty('No savings plans yet.') : table([
      { label: 'Name', value: p => h('a', { href: pageLink`#/customers/${customerId}/savingsPlans/${p.id}`, class: 'plan-link' }, p.displayName || p.id) },
      { label: 'Hourly commitment', value: commitmentText, num: true },
      { label: 'Term', value: p => `${termWords(p.term)}, ${p.billingPlan}` },
      { label: 'Scope', value: p => scopeText(p, subs) },
      { label: 'Expires', value: p => date(p.expiryDateTime) },
      { label: 'State', value: stateBadge },
    ], page.items));
}

export async function savingsPlanPage(main, c, id, tab = 'overview') {
  clear(main, h('h1', {}, 'Savings plan'), loading());
  const plan = await get(apiPath`/v1/customers/${c}/savingsPlans/${id}`);
  const base = pageLink`#/customers/${c}/savingsPlans/${id}`;
  const body = h('div', { id: `tab-${tab}`, role: 'tabpanel' });
  const visible = TABS.filter(([t]) => t !== 'configure' || has('AdminAgent', 'SalesAgent', 'HelpdeskAgent'));
  const heading = h('h1', {}, h('span', { id: 'plan-title' }, plan.displayName || plan.id), ' ', stateBadge(plan));
  clear(main, h('p', {}, h('a', { href: pageLink`#/customers/${c}/savingsPlans` }, '← Savings plans')), heading,
    h('nav', { class: 'tabs', role: 'tablist', 'aria-label': 'Savings plan' }, visible.map(([t, text]) =>
      h('a', { href: `${base}/${t}`, role: 'tab', 'aria-selected': String(t === tab), id: `tablink-${t}` }, text))),
    body);
  await (tab === 'configure' ? configure(body, plan, c, heading) : overview(body, plan, await subscriptionsOf(c)));
}

function overview(body, plan, subs) {
  const total = plan.totalCommitment || {};
  const traded = plan.tradedInReservations || [];
  clear(body, h('dl', { class: 'props', id: 'plan-properties' },
    h('dt', {}, 'Hourly commitment'), h('dd', { id: 'plan-commitment' }, commitmentText(plan)),
    h('dt', {}, 'Total over the term'), h('dd', {}, money(total.amount, total.currencyCode)),
    h('dt', {}, 'Term'), h('dd', {}, `${termWords(plan.term)}, billed ${plan.billingPlan === 'Monthly' ? 'monthly' : 'upfront'}`),
    h('dt', {}, 'Scope'), h('dd', { id: 'plan-scope-shown', title: (plan.appliedScopeProperties && plan.appliedScopeProperties.subscriptionId) || null },
      scopeText(plan, subs)),
    h('dt', {}, 'Starts'), h('dd', {}, date(plan.effectiveDateTime)),
    h('dt', {}, 'Expires'), h('dd', {}, date(plan.expiryDateTime), plan.displayProvisioningState === 'Expiring' ? ' — expiring soon' : ''),
    h('dt', {}, 'Renews'), h('dd', {}, plan.renew ? 'yes, at expiry' : 'no'),
    h('dt', {}, 'Billing subscription'), h('dd', {}, plan.billingSubscriptionId || '—'),
    h('dt', {}, 'Bought'), h('dd', {}, date(plan.purchaseDateTime)),
    traded.length ? [h('dt', {}, 'Traded in for it'), h('dd', {}, traded.join(', '))] : null,
    h('dt', {}, 'Savings plan ID'), h('dd', {}, h('code', { id: 'plan-id' }, plan.id), ' ', copyButton(plan.id, 'the savings plan ID')),
    h('dt', {}, 'Savings plan order ID'), h('dd', {}, h('code', {}, plan.savingsPlanOrderId), ' ',
      copyButton(plan.savingsPlanOrderId, 'the savings plan order ID'))),
  h('h2', {}, 'Utilization'), utilization(plan), finalNote());
}

/** The plan's average use of its commitment over the last 1, 7 and 30 days, one bar each; nothing until usage is reported. */
function utilization(plan) {
  const u = plan.utilization || {};
  const aggregates = (u.aggregates || []).filter(a => a.value !== null && a.value !== undefined);
  if (!aggregates.length) {
    return h('p', { class: 'note', id: 'plan-no-usage' }, 'No usage yet: the share of the hourly commitment spent shows here once '
      + 'usage is reported.');
  }
  const label = a => `${a.grain} day${a.grain === 1 ? '' : 's'}`;
  const chart = h('div', { class: 'chart', role: 'img', 'aria-label': `Utilization: ${aggregates.map(a => `${label(a)} ${percent(a.value)}`).join(', ')}` },
    aggregates.map(a => h('div', { class: `bar wide${Number(a.value) < 80 ? ' low' : ''}`, title: `${label(a)}: ${percent(a.value)}`, 'data-pct': Number(a.value) })));
  chart.querySelectorAll('.bar').forEach(bar => { bar.style.height = `${Math.max(2, Number(bar.dataset.pct))}%`; });
  return h('div', {}, chart,
    h('p', { class: 'note' }, `One bar each for the last ${aggregates.map(label).join(', ')}: the share of the commitment spent; orange under 80 %.`
      + (u.trend ? ` Trend: ${u.trend}.` : '')));
}

async function configure(body, plan, c, heading) {
  const subs = await usableSubscriptions(c);
  const applied = plan.appliedScopeProperties && plan.appliedScopeProperties.subscriptionId
    ? plan.appliedScopeProperties.subscriptionId.replace('/subscriptions/', '') : plan.billingSubscriptionId;
  const name = h('input', { id: 'plan-name', maxlength: 100, value: plan.displayName || '' });
  const [scope, sub] = scopePicker(SCOPES, plan.appliedScopeType, subs, applied, ['plan-scope', 'plan-subscription']);
  const renew = h('input', { type: 'checkbox', id: 'plan-renew', checked: !!plan.renew });
  const out = h('div', { id: 'plan-result' });
  const save = h('button', { type: 'submit', id: 'save-plan' }, 'Save');
  const form = h('form', {}, h('div', { class: 'row' }, field('Name', name), field('Scope', scope), field('Subscription', sub)),
    h('label', {}, h('span', {}, renew, ' Renew at expiry')), h('p', {}, save), out);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!name.value.trim()) {
      clear(out, errorBox(new Error('Give the savings plan a name.')));
      return;
    }
    act(save, out, async () => {
      const change = { displayName: name.value.trim(), appliedScopeType: scope.value, renew: renew.checked };
      if (scope.value === 'Single') change.appliedScopeProperties = { subscriptionId: `/subscriptions/${sub.value}` };
      const updated = await patch(apiPath`/v1/customers/${c}/savingsPlans/${plan.id}`, { properties: change });
      heading.querySelector('#plan-title').textContent = updated.displayName || updated.id;
      clear(out, success(`Saved: “${updated.displayName}”, scope ${scopeText(updated, await subscriptionsOf(c))}, ${updated.renew ? 'renews' : 'does not renew'} at expiry.`));
    });
  });
  clear(body, form, finalNote());
}

/**
 * The plan's SKUs in the customer's market as the catalog lists them (the product of subtype SavingsPlan in the Azure
 * view): per term its catalog item, whether it is sold there, the smallest commitment and its currency, the billing cycles.
 */
async function offers(country) {
  const products = (await get(withQuery('/v1/products', { country, targetView: 'Azure' }))).items;
  const product = products.find(p => p.productType && p.productType.subType && p.productType.subType.id === 'SavingsPlan');
  if (!product) return [];
  const skus = (await get(withQuery(apiPath`/v1/products/${product.id}/skus`, { country }))).items;
  return Promise.all(skus.map(async sku => {
    const availability = (await get(withQuery(apiPath`/v1/products/${product.id}/skus/${sku.id}/availabilities`, { country }))).items[0];
    const minimum = (availability && availability.minimumPurchaseCommitment) || sku.minimumPurchaseCommitment || {};
    return { term: sku.dynamicAttributes && sku.dynamicAttributes.termDuration, title: sku.title, availability,
      cycles: sku.supportedBillingCycles || ['one_time'], minimum: minimum.amount, currency: minimum.currencyCode && minimum.currencyCode.code };
  }));
}

/**
 * What the customer's own usage of the last 30 days recommends for this term and scope (Cost Management's
 * benefitRecommendations): for Single scope the recommendation of that subscription; null when there is none.
 */
async function recommendation(customerId, term, scope, subscriptionId) {
  const items = (await get(withQuery(apiPath`/v1/customers/${customerId}/savingsPlanRecommendations`,
    { term, lookBackPeriod: 'Last30Days', scope }))).items || [];
  const found = items.map(i => i.properties || {})
    .find(p => scope === 'Shared' || p.subscriptionId === subscriptionId || (p.subscriptionId || '').endsWith(`/${subscriptionId}`));
  return found && found.recommendationDetails && Number(found.recommendationDetails.commitmentAmount) > 0 ? found : null;
}

/** The saving the recommendation works out for {@code amount} an hour, when it is one of the amounts it tried. */
function savingFor(advice, amount) {
  const all = [advice.recommendationDetails, ...((advice.allRecommendationDetails && advice.allRecommendationDetails.value) || [])];
  return all.find(d => Number(d.commitmentAmount) === Number(amount)) || null;
}

export async function buySavingsPlanPage(main, customerId) {
  clear(main, h('h1', {}, 'Buy a savings plan'), loading());
  const customer = await get(apiPath`/v1/customers/${customerId}`);
  const country = customer.billingProfile.defaultAddress.country || 'US';
  const [usable, sold, resellers] = await Promise.all([usableSubscriptions(customerId), offers(country),
    get('/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf')]);
  const who = customerName(customer);
  const title = h('h1', {}, `Buy a savings plan — ${who}`);
  const back = h('p', {}, h('a', { href: pageLink`#/customers/${customerId}/savingsPlans` }, '← Savings plans'));
  const purchasable = sold.filter(o => o.term && o.availability && o.availability.isPurchasable);
  if (usable.length === 0) {
    clear(main, back, title, empty('This customer has no active, registered Azure subscription yet. ',
      h('a', { href: '#/customers' }, 'Add and register one under Customers'), ', then come back.'));
    return;
  }
  if (purchasable.length === 0) {
    clear(main, back, title, empty(`Savings plans are not sold in this customer’s market (${country}).`));
    return;
  }
  const term = select('term', purchasable.map(o => [o.term, termWords(o.term)]), purchasable[0].term);
  term.id = 'plan-term';
  const billing = select('billingPlan', BILLING_PLANS, 'Upfront');
  billing.id = 'plan-billing';
  const scope = select('scope', SCOPES, 'Shared');
  scope.id = 'plan-scope';
  const sub = select('subscription', usable.map(s => [s.id, s.friendlyName]), usable[0].id);
  sub.id = 'plan-subscription';
  const offer = () => purchasable.find(o => o.term === term.value);
  const commitment = h('input', { id: 'plan-commitment', type: 'number', min: offer().minimum, step: '0.001', value: offer().minimum,
    inputmode: 'decimal', size: 10, required: true });
  // Once someone types an amount of their own, a new recommendation no longer replaces it.
  let typed = false;
  commitment.addEventListener('input', () => { typed = true; });
  const currency = h('span', { id: 'plan-currency' }, offer().currency);
  const total = h('p', { id: 'plan-total', 'aria-live': 'polite' });
  const advice = h('div', { id: 'plan-suggestion', class: 'card', 'aria-live': 'polite' });
  let advised = null;
  let reseller = null;
  if (resellers.items.length) {
    reseller = select('reseller', [['', 'Choose the reseller of record'], ...resellers.items.map(r => [r.mpnId, `${r.name} (MPN ${r.mpnId})`])], '');
    reseller.id = 'plan-reseller';
  }
  const showAdvice = () => {
    const o = offer();
    if (!advised) {
      clear(advice, h('p', { id: 'plan-no-recommendation' }, `No recommendation: the last 30 days show no pay-as-you-go compute usage a plan would `
        + `cover${scope.value === 'Single' ? ' in this subscription' : ''}. The smallest commitment is filled in; commit to what the customer `
        + 'spends every hour at least.'));
      return;
    }
    const best = advised.recommendationDetails;
    const chosen = savingFor(advised, commitment.value);
    const shown = chosen || best;
    const cur = advised.currencyCode || o.currency;
    clear(advice, h('p', {}, 'Recommended from the last 30 days of this customer’s usage: ',
      h('strong', { id: 'plan-recommended' }, `${hourly(best.commitmentAmount, cur)} an hour`), '.'),
    h('p', { id: 'plan-saving' }, chosen ? `At ${hourly(shown.commitmentAmount, cur)} an hour it would have saved ` : 'At the recommended amount it would have saved ',
      h('strong', { id: 'plan-saving-amount' }, money(shown.savingsAmount, cur)),
      ` of ${money(advised.costWithoutBenefit, cur)} (`, h('strong', { id: 'plan-saving-percent' }, percent(shown.savingsPercentage)),
      `) over those ${advised.totalHours || 720} hours, covering ${percent(shown.coveragePercentage)} of the usage with `
      + `${percent(shown.averageUtilizationPercentage)} of the commitment used.`),
    advised.totalHours ? h('p', { id: 'plan-saving-term' }, `If the usage stays as it was, that is about `,
      h('strong', {}, money((Number(shown.savingsAmount) / advised.totalHours) * 8760 * (term.value === 'P3Y' ? 3 : 1), cur)),
      ` saved over ${termWords(term.value)}.`) : null,
    chosen ? null : h('p', { class: 'note' }, 'The saving of the amount entered is not worked out here; the recommended amount is the one that saved most.'));
  };
  const showTotal = () => {
    const o = offer();
    currency.textContent = o.currency;
    commitment.min = o.minimum;
    for (const option of billing.options) {
      option.disabled = !o.cycles.includes(BILLING_CYCLES[option.value]);
    }
    showAdvice();
    const amount = totalOver(term.value, commitment.value);
    if (amount === null) {
      clear(total, `Enter the hourly commitment: at least ${o.minimum} ${o.currency}, in steps of 0.001.`);
      return;
    }
    const monthly = billing.value === 'Monthly'
      ? ` — about ${money(Number(amount) / months(term.value), o.currency)} a month for ${months(term.value)} months` : '';
    clear(total, 'Total over the term: ', h('strong', { id: 'plan-total-amount' }, money(amount, o.currency)),
      ` (${commitment.value} ${o.currency} an hour × 8,760 hours a year × ${termWords(term.value)})${monthly}.`);
  };
  let asked = 0;
  const advise = async () => {
    const mine = ++asked;
    clear(advice, loading('Looking at the customer’s usage of the last 30 days…'));
    let found = null;
    try {
      found = await recommendation(customerId, term.value, scope.value, sub.value);
    } catch (e) {
      if (mine === asked) clear(advice, errorBox(e));
      return;
    }
    if (mine !== asked) return;
    advised = found;
    if (!typed) {
      const o = offer();
      const amount = found ? Math.max(Number(found.recommendationDetails.commitmentAmount), Number(o.minimum)) : o.minimum;
      commitment.value = String(amount);
    }
    showTotal();
  };
  commitment.addEventListener('input', showTotal);
  term.addEventListener('change', () => { showTotal(); advise(); });
  billing.addEventListener('change', showTotal);
  scope.addEventListener('change', advise);
  sub.addEventListener('change', () => { if (scope.value === 'Single') advise(); });
  const out = h('div', { id: 'plan-buy-result' });
  const buy = h('button', { type: 'submit', id: 'buy-plan' }, 'Buy…');
  const form = h('form', { id: 'plan-form' },
    h('div', { class: 'row' }, field('Term', term), field('Billing plan', billing), field('Scope', scope), field('Subscription', sub),
      field(h('span', {}, 'Hourly commitment (', currency, ')'), commitment), reseller ? field('Reseller (partner of record)', reseller) : null),
    h('p', { class: 'note' }, 'The plan is billed to the subscription; with Single scope it applies to it alone.'),
    advice, total, h('p', {}, buy), out);
  form.addEventListener('submit', event => {
    event.preventDefault();
    act(buy, out, async () => {
      clear(out);
      const o = offer();
      const amount = totalOver(term.value, commitment.value);
      if (amount === null) throw new Error(`The hourly commitment is at least ${o.minimum} ${o.currency}, in steps of 0.001.`);
      if (reseller && !reseller.value) throw new Error('Choose the reseller this purchase is made with: an indirect provider names one on each purchase.');
      const line = { id: 0, catalogItemId: o.availability.catalogItemId, quantity: 1, billingCycle: BILLING_CYCLES[billing.value], termDuration: term.value,
        provisioningContext: { scope: scope.value.toLowerCase(), subscriptionId: sub.value },
        purchaseCommitment: { amount: Number(commitment.value), currency: o.currency, grain: 'hourly' } };
      const body = { lineItems: [line] };
      if (reseller) body.participants = [{ key: 'transaction_reseller', value: reseller.value }];
      const created = await post(apiPath`/v1/customers/${customerId}/carts`, body, { 'Idempotency-Key': newKey() });
      const refused = (created.lineItems || []).find(l => l.error);
      if (refused) throw new Error(refused.error.errorDescription || 'The cart refused the savings plan.');
      const plan = schedule(amount, billing.value === 'Monthly' ? months(term.value) : 1);
      const subscription = usable.find(s => s.id === sub.value);
      const yes = await confirmAct({
        title: `Buy a savings plan for ${who}?`,
        facts: [
          ['Customer', who === customer.companyProfile.domain ? who : `${who} (${customer.companyProfile.domain})`],
          ['Commitment', `${hourly(commitment.value, o.currency)} an hour for ${termWords(term.value)}`],
          ['Scope', scope.value === 'Single' ? `Single: ${subscription ? subscription.friendlyName : sub.value}` : 'Shared: all the customer’s subscriptions'],
          ['Billed to', subscription ? subscription.friendlyName : sub.value],
          ['Charged at purchase', h('strong', { id: 'confirm-now' }, money(plan.count === 1 ? plan.total : plan.each, o.currency))],
          ['Payments', scheduleWords(plan, o.currency)],
          ['Total over the term', h('strong', { id: 'confirm-total' }, money(amount, o.currency))],
        ],
        notes: ['The commitment is charged whether or not it is used: unused hours are lost.',
          'A savings plan cannot be cancelled, refunded or exchanged: the whole commitment is owed for the term.'],
        accept: `Buy for ${money(amount, o.currency)}`,
      });
      if (!yes) {
        clear(out, h('p', { class: 'note', id: 'not-bought', role: 'status' }, 'Nothing was bought.'));
        return;
      }
      const result = await post(apiPath`/v1/customers/${customerId}/carts/${created.id}/checkout`, undefined, { 'Idempotency-Key': newKey() });
      const order = result.orders[0];
      const planOrder = order.lineItems[0] && order.lineItems[0].reservationOrderId;
      const plans = (await get(apiPath`/v1/customers/${customerId}/savingsPlans?size=100`)).items;
      const bought = plans.find(p => p.savingsPlanOrderId === planOrder);
      clear(main, h('h1', {}, `Savings plan bought — ${who}`), success(h('strong', {}, 'Thank you — the savings plan is bought.')),
        h('div', { class: 'card order' }, h('p', {}, 'Order number ', h('strong', { class: 'order-number' }, order.alternateId),
          h('span', { class: 'note' }, ` (order ID ${order.id})`)), h('p', {}, `Total ${money(order.totalPrice, order.currencyCode)}`)),
        h('p', {}, bought ? h('a', { class: 'button', id: 'new-plan', href: pageLink`#/customers/${customerId}/savingsPlans/${bought.id}` }, 'See the plan') : null,
          ' ', h('a', { href: pageLink`#/customers/${customerId}/savingsPlans` }, 'All savings plans')));
    });
  });
  clear(main, back, title, finalNote(), form);
  showTotal();
  await advise();
}
