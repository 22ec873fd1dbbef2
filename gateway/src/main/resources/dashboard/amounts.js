// How the dashboard writes what money and shares mean: one format for percentages, payment schedules as the API
// splits them, and moments in the viewer's time zone.
import { money } from './dom.js';
import { when } from './format.js';

const SHARE = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A percentage, always with one decimal and a space before the sign: "41.0 %" (a no-break space, so it never wraps). */
export function percent(value) {
  if (value === null || value === undefined || value === '' || Number.isNaN(Number(value))) return '—';
  return `${SHARE.format(Number(value))}\u00a0%`;
}

/** What {@code price} saves against {@code payg} in money and share: "$1,234.00 (41.0 %)"; a dash without a price to compare. */
export function saving(payg, price, currency, share) {
  if (payg === null || payg === undefined || price === null || price === undefined) return '—';
  const saved = Number(payg) - Number(price);
  const pct = share ?? (Number(payg) > 0 ? (saved * 100) / Number(payg) : null);
  return `${money(saved, currency)} (${percent(pct)})`;
}

function cents(amount) {
  return Math.round(Number(amount) * 100);
}

/**
 * A total in {@code count} payments as the API splits it (domain BillingPlan.schedule): equal payments rounded down to
 * the cent, the last one taking the difference. Amounts as numbers of the currency.
 */
export function schedule(total, count) {
  const all = cents(total);
  const n = Math.max(1, count);
  const each = Math.floor(all / n);
  return { count: n, each: each / 100, last: (all - each * (n - 1)) / 100, total: all / 100 };
}

/** "12 monthly payments of $36.50" (and the last, when the cents make it differ). */
export function scheduleWords(plan, currency) {
  if (plan.count === 1) return `one payment of ${money(plan.total, currency)}`;
  const last = plan.last === plan.each ? '' : `, the last ${money(plan.last, currency)}`;
  return `${plan.count} monthly payments of ${money(plan.each, currency)}${last}`;
}

/** A sum of amounts as numbers, counted in cents so that it does not drift. */
export function sum(amounts) {
  return amounts.reduce((all, a) => all + cents(a), 0) / 100;
}

/** A moment in the viewer's time zone (date and time), with UTC on hover (format.js's when). */
export function moment(iso) {
  return when(iso);
}
