// Invoices (billing admins and admin agents: lines and the reconciliation CSV) and a customer's recommendations.
import { get } from '../api.js';
import { clear, date, empty, errorBox, h, loading, money, select, table } from '../dom.js';
import { downloadButton } from '../download.js';
import { apiPath, withQuery } from '../paths.js';
import { comparisonSection } from './comparison.js';
import { listParams, pagedTable } from '../table.js';

/** The orders an invoice's lines offer (sort=); '' is the order billed. */
const LINE_SORTS = [['', 'Order billed'], ['-date', 'Newest first'], ['date', 'Oldest first'], ['-amount', 'Largest amount'],
  ['amount', 'Smallest amount'], ['customer', 'Customer'], ['product', 'Product']];

export async function invoicesPage(main) {
  clear(main, h('h1', {}, 'Invoices'), loading());
  const invoices = (await get('/v1/invoices')).items;
  const lines = h('div', { id: 'invoice-lines' });
  clear(main, h('h1', {}, 'Invoices'), invoices.length === 0 ? empty('No invoices yet: they appear once something is bought.') : table([
    { label: 'Invoice', value: i => i.id },
    { label: 'Date', value: i => date(i.invoiceDate) },
    { label: 'Lines', value: i => i.lineCount, num: true },
    { label: 'Total', value: i => money(i.totalAmount, i.currencyCode), num: true },
    { label: '', value: i => h('span', { class: 'row' }, showLines(i, lines),
      downloadButton('Reconciliation CSV', apiPath`/v1/invoices/${i.id}/reconciliation`, `reconciliation-${i.id}.csv`)) },
  ], invoices), lines);
}

function showLines(invoice, where) {
  const b = h('button', { type: 'button', class: 'secondary' }, 'Lines');
  b.addEventListener('click', async () => {
    const list = pagedTable({
      id: 'lines', filename: `invoice-${invoice.id}-lines`,
      sorts: LINE_SORTS, sort: '', search: 'customer or product',
      path: (sort, q) => withQuery(apiPath`/v1/invoices/${invoice.id}/lineitems`, listParams({ provider: 'onetime', size: '100' }, sort, q)),
      empty: 'This invoice has no lines.',
      columns: [
        { label: 'Date', value: l => date(l.orderDate), text: l => l.orderDate, sort: ['date', '-date'] },
        { label: 'Customer', value: l => l.customerName || l.customerId, sort: ['customer', '-customer'] },
        { label: 'Product', value: l => l.productName || l.skuName || l.chargeType, sort: ['product', '-product'] },
        { label: 'Charge', value: l => l.chargeType },
        { label: 'Quantity', value: l => l.quantity, num: true },
        { label: 'Amount', value: l => money(l.totalForCustomer, l.currency), text: l => l.totalForCustomer, num: true, sort: ['-amount', 'amount'] },
        { label: 'Currency', value: l => l.currency },
      ],
    });
    clear(where, h('h2', {}, `Invoice ${invoice.id}`), list.element);
    await list.reload();
  });
  return b;
}

export async function recommendationsPage(main, customerId) {
  const scope = select('scope', [['Shared', 'Shared'], ['Single', 'Single']], 'Shared');
  const period = select('lookBackPeriod', [['Last7Days', 'last 7 days'], ['Last30Days', 'last 30 days'], ['Last60Days', 'last 60 days']], 'Last30Days');
  const term = select('term', [['P1Y', '1 year'], ['P3Y', '3 years']], 'P1Y');
  const out = h('div', { id: 'recommendations' });
  const comparison = h('div');
  const load = async () => {
    clear(comparison, comparisonSection(customerId, period.value, term.value));
    clear(out, loading('Working out what would have saved most…'));
    try {
      const path = withQuery(apiPath`/v1/customers/${customerId}/reservationRecommendations`,
        { scope: scope.value, lookBackPeriod: period.value, term: term.value });
      const items = (await get(path)).items;
      clear(out, items.length === 0 ? empty('Nothing to recommend: no steady usage that a reservation would cover more cheaply.') : table([
        { label: 'Size', value: r => r.armSkuName },
        { label: 'Region', value: r => r.armRegionName },
        { label: 'Quantity', value: r => r.recommendedQuantity, num: true },
        { label: 'Savings', value: r => (r.netSavings ? money(r.netSavings.amount ?? r.netSavings, r.currencyCode) : '—'), num: true },
      ], items));
    } catch (e) {
      clear(out, errorBox(e));
    }
  };
  [scope, period, term].forEach(el => el.addEventListener('change', load));
  clear(main, h('h1', {}, 'Recommendations'), h('div', { class: 'row' }, h('label', {}, 'Scope', scope), h('label', {}, 'Look back', period),
    h('label', {}, 'Term', term)), out, comparison);
  await load();
}
