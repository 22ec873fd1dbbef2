// The margin report (billing admins and admin agents): what the partner charged the tier below it against what the same
// charges cost it, over a range of months, with a bar a month and the breakdowns by reseller, customer, kind and series.
import { percent } from '../amounts.js';
import { get } from '../api.js';
import { clear, empty, errorBox, field, h, loading, money, table } from '../dom.js';
import { withQuery } from '../paths.js';
import { monthInput, thisMonth, validMonth } from './statements.js';

function monthsBefore(month, n) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}

function figures(currency) {
  return [
    { label: 'Revenue', value: g => money(g.revenue, currency), num: true },
    { label: 'Cost', value: g => money(g.cost, currency), num: true },
    { label: 'Margin', value: g => money(g.margin, currency), num: true },
    { label: 'Margin %', value: g => percent(g.marginPercent), num: true },
  ];
}

/** One bar a month, its height the month's margin against the largest; below the line where a month lost money. */
function chart(months, currency) {
  const largest = Math.max(1, ...months.map(m => Math.abs(Number(m.margin))));
  const bars = h('div', { class: 'chart', id: 'margin-chart', role: 'img', 'aria-label': 'Margin by month' }, months.map(m => h('div', {
    class: `bar wide margin-bar${Number(m.margin) < 0 ? ' low' : ''}`, 'data-month': m.month, 'data-pct': Math.abs(Number(m.margin)) * 100 / largest,
    title: `${m.month}: margin ${money(m.margin, currency)} on ${money(m.revenue, currency)} (${percent(m.marginPercent)})`,
  })));
  bars.querySelectorAll('.bar').forEach(bar => { bar.style.height = `${Math.max(2, Number(bar.dataset.pct))}%`; });
  return h('div', {}, bars, h('div', { class: 'row note' }, months.map(m => h('span', { class: 'chart-label' }, m.month))));
}

function currencySection(c) {
  const total = c.total;
  return h('section', { class: 'margin-currency', 'data-currency': c.currency },
    h('h2', {}, `In ${c.currency}`),
    h('dl', { class: 'props' },
      h('dt', {}, 'Revenue'), h('dd', { id: `margin-revenue-${c.currency}` }, money(total.revenue, c.currency)),
      h('dt', {}, 'Cost'), h('dd', { id: `margin-cost-${c.currency}` }, money(total.cost, c.currency)),
      h('dt', {}, 'Margin'), h('dd', { id: `margin-total-${c.currency}` }, `${money(total.margin, c.currency)} (${percent(total.marginPercent)})`)),
    h('h3', {}, 'By month'), chart(c.byMonth, c.currency),
    c.byReseller.some(r => r.resellerId) ? [h('h3', {}, 'By reseller'), table([{ label: 'Reseller', value: r => r.resellerId
      ? `${r.resellerId}${r.mpnId ? ` (MPN ${r.mpnId})` : ''}` : 'Your own customers' }, ...figures(c.currency)], c.byReseller)] : null,
    h('h3', {}, 'By customer'), table([{ label: 'Customer', value: r => r.customerName || r.customerId }, ...figures(c.currency)], c.byCustomer),
    h('h3', {}, 'By product kind'), table([{ label: 'Kind', value: r => (r.productKind === 'savingsPlan' ? 'Savings plans' : 'Reservations') },
      ...figures(c.currency)], c.byProductKind),
    h('h3', {}, 'By series'), table([{ label: 'Series', value: r => r.series || '—' }, ...figures(c.currency)], c.bySeries));
}

export async function marginsPage(main) {
  const to = monthInput('margin-to', thisMonth());
  const from = monthInput('margin-from', monthsBefore(thisMonth(), 11));
  const out = h('div', { id: 'margins' });
  const form = h('form', { class: 'row', novalidate: true }, field('From', from, 'yyyy-mm'), field('To', to, 'yyyy-mm'),
    h('button', { type: 'submit', id: 'show-margins' }, 'Show'));
  const load = async () => {
    if (![from, to].every(validMonth)) {
      clear(out, errorBox(new Error('Months must be written yyyy-mm, for example 2027-01.')));
      return;
    }
    clear(out, loading());
    try {
      const report = await get(withQuery('/v1/margins', { from: from.value.trim(), to: to.value.trim() }));
      clear(out, report.currencies.length === 0 ? empty('Nothing sold to the tier below you in these months.')
        : report.currencies.map(currencySection));
    } catch (e) {
      clear(out, errorBox(e));
    }
  };
  form.addEventListener('submit', e => {
    e.preventDefault();
    load();
  });
  clear(main, h('h1', {}, 'Margins'), h('p', { class: 'note' },
    'What you charged your resellers or customers against what the same purchases, payments and credits cost you.'), form, out);
  await load();
}
