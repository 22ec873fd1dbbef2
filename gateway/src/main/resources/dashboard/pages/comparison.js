// The benefit comparison beside the recommendations: the reservations advised, a savings plan alone and the mix, each
// with its cost, what stays on pay-as-you-go, the saving and the coverage over the same hours, and the cheapest marked.
import { get } from '../api.js';
import { badge, clear, empty, errorBox, h, loading, money, table } from '../dom.js';
import { apiPath, withQuery } from '../paths.js';
import { percent } from '../amounts.js';

const KINDS = { reservations: 'Reservations', savingsPlan: 'Savings plan', mix: 'Reservations and a savings plan' };

/** The comparison over a look-back period and term, drawn into a section it answers at once and fills when read. */
export function comparisonSection(customerId, lookBackPeriod, term) {
  const out = h('section', { id: 'benefit-comparison' }, h('h2', {}, 'Reservations, a savings plan, or both'), loading());
  get(withQuery(apiPath`/v1/customers/${customerId}/benefitComparison`, { lookBackPeriod, term })).then(c => {
    const cur = c.currencyCode;
    clear(out, h('h2', {}, 'Reservations, a savings plan, or both'),
      h('p', { class: 'note' }, `Over the same ${c.totalHours} hours of usage, which cost ${money(c.costWithoutBenefit, cur)} at pay-as-you-go prices.`),
      c.options && c.options.length ? table([
        { label: 'Option', value: o => [KINDS[o.kind] || o.kind, o.kind === c.bestOption ? [' ', badge('cheapest', 'ok')] : null] },
        { label: 'Commitment', value: o => money(o.commitmentCost, cur), num: true },
        { label: 'Pay-as-you-go left', value: o => money(o.uncoveredCost, cur), num: true },
        { label: 'Total', value: o => money(o.totalCost, cur), num: true },
        { label: 'Saves', value: o => `${money(o.savingsAmount, cur)} (${percent(o.savingsPercentage)})`, num: true },
        { label: 'Coverage', value: o => percent(o.coveragePercentage), num: true },
      ], c.options) : empty('No usage to compare yet.'));
  }).catch(e => clear(out, h('h2', {}, 'Reservations, a savings plan, or both'), errorBox(e)));
  return out;
}
