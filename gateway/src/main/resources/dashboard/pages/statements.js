// Statements between tiers (billing admins and admin agents): each month, what the partner billed each reseller or
// customer, and what its provider billed it; each statement with its lines and its CSV.
import { get } from '../api.js';
import { clear, date, empty, errorBox, field, h, loading, money, select, table } from '../dom.js';
import { downloadButton } from '../download.js';
import { apiPath, withQuery } from '../paths.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CATEGORIES = { oneTime: 'One-time', monthly: 'Monthly payment', credit: 'Credit' };

/** This month in UTC, as statements count months. */
export function thisMonth() {
  return new Date().toISOString().slice(0, 7);
}

/** A month field (yyyy-MM) that says so when what is typed is not a month. */
export function monthInput(id, value) {
  return h('input', { id, name: id, value, inputmode: 'numeric', placeholder: 'yyyy-mm', pattern: '\\d{4}-\\d{2}', maxlength: '7',
    size: '8', autocomplete: 'off' });
}

export function validMonth(input) {
  const ok = MONTH.test(input.value.trim());
  input.setAttribute('aria-invalid', ok ? 'false' : 'true');
  return ok;
}

function party(s) {
  if (s.side === 'received') return `From your provider ${s.seller.id}`;
  const b = s.buyer;
  if (b.kind === 'customer') return b.name || b.id;
  return `Reseller ${b.mpnId ? `MPN ${b.mpnId}` : b.id}`;
}

export async function statementsPage(main) {
  const month = monthInput('statement-month', thisMonth());
  const side = select('side', [['', 'Issued and received'], ['issued', 'Issued by you'], ['received', 'Received']], '');
  side.id = 'statement-side';
  const show = h('button', { type: 'submit', id: 'show-statements' }, 'Show');
  const out = h('div', { id: 'statements' });
  const lines = h('div', { id: 'statement-lines' });
  const form = h('form', { class: 'row', novalidate: true }, field('Month', month, 'yyyy-mm, UTC'), field('Statements', side), show);
  const load = async () => {
    clear(lines);
    if (!validMonth(month)) {
      clear(out, errorBox(new Error('Month must be written yyyy-mm, for example 2027-01.')));
      return;
    }
    clear(out, loading());
    try {
      const items = (await get(withQuery('/v1/statements', side.value ? { month: month.value.trim(), side: side.value } : { month: month.value.trim() }))).items;
      clear(out, items.length === 0 ? empty('No statements for this month: nothing was billed between tiers in it.') : table([
        { label: 'Side', value: s => (s.side === 'issued' ? 'Issued' : 'Received') },
        { label: 'Billed to', value: s => h('span', { class: 'statement-party' }, party(s)) },
        { label: 'One-time', value: s => money(s.oneTime, s.currency), num: true },
        { label: 'Monthly', value: s => money(s.monthly, s.currency), num: true },
        { label: 'Credits', value: s => money(s.credits, s.currency), num: true },
        { label: 'Total', value: s => h('span', { class: 'statement-total', 'data-id': s.id }, money(s.total, s.currency)), num: true },
        { label: '', value: s => h('span', { class: 'row' }, showLines(s, lines),
          downloadButton('CSV', apiPath`/v1/statements/${s.id}/csv`, `statement-${s.month}-${s.buyer.id}.csv`)) },
      ], items));
    } catch (e) {
      clear(out, errorBox(e));
    }
  };
  form.addEventListener('submit', e => {
    e.preventDefault();
    load();
  });
  clear(main, h('h1', {}, 'Statements'), h('p', { class: 'note' },
    'What you billed each reseller or customer in a month at your prices, and what your provider billed you: one-time purchases, '
    + 'monthly payments and credits for refunds, exchanges and trade-ins.'), form, out, lines);
  await load();
}

function showLines(statement, where) {
  const b = h('button', { type: 'button', class: 'secondary' }, 'Lines');
  b.addEventListener('click', async () => {
    clear(where, loading());
    try {
      const s = await get(apiPath`/v1/statements/${statement.id}`);
      clear(where, h('h2', {}, `${party(s)}, ${s.month}`), table([
        { label: 'Date', value: l => date(l.date) },
        { label: 'Kind', value: l => CATEGORIES[l.category] || l.category },
        { label: 'Customer', value: l => l.customerName || l.customerId },
        { label: 'Product', value: l => l.description || l.skuName },
        { label: 'Quantity', value: l => l.quantity, num: true },
        { label: 'Amount', value: l => money(l.amount, s.currency), num: true },
      ], s.lines));
    } catch (e) {
      clear(where, errorBox(e));
    }
  });
  return b;
}
