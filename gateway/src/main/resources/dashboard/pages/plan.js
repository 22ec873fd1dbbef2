// What the savings-plan pages share: the terms and billing plans a plan is bought with, and its commitment over the term.
import { h } from '../dom.js';

export const TERMS = [['P1Y', '1 year'], ['P3Y', '3 years']];
export const BILLING_PLANS = [['Upfront', 'Upfront (the whole term now)'], ['Monthly', 'Monthly']];
export const SCOPES = [['Shared', 'Shared (all subscriptions)'], ['Single', 'Single subscription']];

const HOURS_A_YEAR = 8760;
const YEARS = { P1Y: 1, P3Y: 3 };

export function termWords(term) {
  const found = TERMS.find(([t]) => t === term);
  return found ? found[1] : term;
}

/**
 * The commitment as thousandths of the currency (the API's step is 0.001 an hour), or null when the text is not a
 * positive amount in that step: counting in whole thousandths keeps the total over the term exact.
 */
export function thousandths(text) {
  const match = /^\s*(\d{1,9})(?:\.(\d{1,3}))?\s*$/.exec(String(text));
  if (!match) return null;
  const value = Number(match[1]) * 1000 + Number((match[2] || '').padEnd(3, '0'));
  return value > 0 ? value : null;
}

/** The hourly commitment's total over the term (hourly × 8,760 hours a year), as a decimal string; null when unknown. */
export function totalOver(term, hourlyText) {
  const milli = thousandths(hourlyText);
  if (milli === null || !YEARS[term]) return null;
  const total = milli * HOURS_A_YEAR * YEARS[term];
  return `${Math.floor(total / 1000)}.${String(total % 1000).padStart(3, '0')}`;
}

export function months(term) {
  return (YEARS[term] || 1) * 12;
}

/** Said wherever a plan is bought or managed: Microsoft's rule, which the API applies. */
export function finalNote() {
  return h('p', { class: 'note', id: 'plan-final' }, 'Savings plan purchases are final: a plan cannot be cancelled, refunded or exchanged. '
    + 'You can rename it, change its scope and turn auto-renew on or off.');
}
