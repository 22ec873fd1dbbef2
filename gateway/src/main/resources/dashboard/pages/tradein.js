// A reservation's "Trade in for a savings plan": what to return and the plan it buys, the quote (credit, smallest hourly
// commitment, total, what to pay) before anything happens, then the trade-in with the quote's session once a
// confirmation has said what is returned, credited and committed.
import { get, post } from '../api.js';
import { moment, schedule, scheduleWords } from '../amounts.js';
import { confirmAct } from '../confirm.js';
import { act, clear, empty, field, h, hourly, loading, money, select, success } from '../dom.js';
import { apiPath, pageLink } from '../paths.js';
import { BILLING_PLANS, finalNote, months, SCOPES, TERMS, termWords, thousandths } from './plan.js';

export async function tradeIn(body, res, c) {
  if (!res.quantity) {
    clear(body, empty('Nothing is left of this reservation to trade in.'));
    return;
  }
  clear(body, loading());
  const active = (await get(apiPath`/v1/customers/${c}/subscriptions`)).items
    .filter(s => s.status === 'active' && s.registrationStatus === 'registered');
  const billed = active.some(s => s.id === res.billingSubscriptionId) ? res.billingSubscriptionId : active[0] && active[0].id;
  const giveBack = h('input', { type: 'number', id: 'trade-in-quantity', min: 1, max: res.quantity, value: res.quantity, size: 5 });
  const term = select('term', TERMS, 'P1Y');
  term.id = 'trade-in-term';
  const billing = select('billingPlan', BILLING_PLANS, 'Upfront');
  billing.id = 'trade-in-billing';
  const scope = select('appliedScopeType', SCOPES, 'Shared');
  scope.id = 'trade-in-scope';
  const sub = select('subscription', active.map(s => [s.id, s.friendlyName]), billed);
  sub.id = 'trade-in-subscription';
  const commitment = h('input', { type: 'number', id: 'trade-in-commitment', min: '0.001', step: '0.001', inputmode: 'decimal', size: 10,
    placeholder: 'the smallest' });
  const name = h('input', { id: 'trade-in-name', maxlength: 100 });
  const out = h('div', { id: 'trade-in-quote' });
  const quote = h('button', { type: 'submit', id: 'quote-trade-in' }, 'Show the trade-in');
  const form = h('form', {}, h('div', { class: 'row' }, field(`Return (of ${res.quantity})`, giveBack), field('Term', term),
    field('Billing plan', billing), field('Scope', scope), field('Subscription', sub)),
  h('div', { class: 'row' }, field(`Hourly commitment (${res.currencyCode || 'the plan’s currency'})`, commitment),
    field('Name of the plan (optional)', name), quote),
  h('p', { class: 'note' }, 'Leave the commitment empty for the smallest the credit allows. The plan is billed to the subscription; with '
    + 'Single scope it applies to it alone.'), out);
  form.addEventListener('submit', event => {
    event.preventDefault();
    act(quote, out, async () => {
      const plan = { term: term.value, billingPlan: billing.value, appliedScopeType: scope.value, subscriptionId: sub.value };
      if (commitment.value.trim()) {
        if (thousandths(commitment.value) === null) throw new Error('The hourly commitment is a positive amount in steps of 0.001, or empty.');
        plan.commitment = { amount: Number(commitment.value) };
      }
      if (name.value.trim()) plan.displayName = name.value.trim();
      const q = await post(apiPath`/v1/customers/${c}/calculateTradeIn`,
        { reservationsToReturn: [{ reservationId: res.id, quantity: Number(giveBack.value) }], savingsPlan: plan });
      showQuote(out, q, c, res, { quantity: Number(giveBack.value), term: term.value, billingPlan: billing.value });
    });
  });
  clear(body, h('p', { class: 'note' }, 'Return instances of this reservation for a savings plan for compute: their unused value is credited, '
    + 'without a fee, against the plan’s total commitment, which must be at least the credit. The credit does not count against the refund cap.'),
  finalNote(), form);
}

function showQuote(out, q, c, res, asked) {
  const done = h('div', { id: 'trade-in-result' });
  const credit = q.credit || {};
  const currency = credit.currencyCode;
  const each = q.hourlyCommitment || {};
  const net = q.netPayable && q.netPayable.amount;
  const payments = schedule(net || 0, asked.billingPlan === 'Monthly' ? months(asked.term) : 1);
  const confirm = h('button', { type: 'button', class: 'danger', id: 'confirm-trade-in' }, `Trade in and pay ${money(net, currency)}`);
  confirm.addEventListener('click', () => act(confirm, done, async () => {
    clear(done);
    const yes = await confirmAct({
      title: 'Trade in for a savings plan?',
      facts: [
        ['Returned', `${asked.quantity} × ${res.skuName} in ${res.locationDisplayName || res.location}`],
        ['Credited, without a fee', money(credit.amount, currency)],
        ['New savings plan', `${hourly(each.amount, each.currencyCode || currency)} an hour for ${termWords(asked.term)}`],
        ['Total commitment', money(q.totalCommitment && q.totalCommitment.amount, currency)],
        ['To pay after the credit', h('strong', { id: 'confirm-net' }, money(net, currency))],
        Number(net) > 0 ? ['Payments', scheduleWords(payments, currency)] : null,
      ],
      notes: ['The returned instances stop at once. The savings plan cannot be cancelled, refunded or exchanged.'],
      accept: `Trade in and pay ${money(net, currency)}`,
      danger: true,
    });
    if (!yes) {
      clear(done, h('p', { class: 'note', id: 'not-traded', role: 'status' }, 'Nothing was traded in.'));
      return;
    }
    const r = await post(apiPath`/v1/customers/${c}/tradeIn`, { sessionId: q.sessionId });
    const plan = r.savingsPlan;
    clear(done, success('Traded in. The savings plan ', h('a', { id: 'traded-plan', href: pageLink`#/customers/${c}/savingsPlans/${plan.id}` },
      plan.displayName || plan.id), ` commits ${hourly(plan.commitment.amount, plan.commitment.currencyCode)} an hour`,
    r.order && r.order.alternateId ? [', order number ', h('strong', { class: 'order-number' }, r.order.alternateId)] : null, '.'));
    pending.remove();
  }));
  const pending = h('p', {}, 'Nothing has happened yet. ', confirm);
  clear(out, h('div', { class: 'card' }, h('dl', { class: 'props' },
    h('dt', {}, 'Credited for what you return'), h('dd', { id: 'trade-in-credit' }, money(credit.amount, currency)),
    h('dt', {}, 'Smallest hourly commitment'), h('dd', { id: 'trade-in-minimum' }, `${hourly(q.minimumHourlyCommitment, currency)} an hour`),
    h('dt', {}, 'Hourly commitment'), h('dd', { id: 'trade-in-hourly' }, `${hourly(each.amount, each.currencyCode || currency)} an hour`),
    h('dt', {}, 'Total commitment over the term'), h('dd', { id: 'trade-in-total' }, money(q.totalCommitment && q.totalCommitment.amount, currency)),
    h('dt', {}, 'To pay'), h('dd', { id: 'trade-in-net' }, money(net, currency)),
    Number(net) > 0 ? [h('dt', {}, 'Payments'), h('dd', {}, scheduleWords(payments, currency))] : null,
    h('dt', {}, 'Quote valid until'), h('dd', {}, moment(q.validUntil))),
  pending, done));
}

