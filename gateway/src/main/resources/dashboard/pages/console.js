// The support agents' console: the queue with filters, a request's history, assign, notes, approve (after a confirmation
// of what it carries out), reject, close.
import { get, newKey, post } from '../api.js';
import { confirmAct } from '../confirm.js';
import { act, badge, clear, empty, field, h, loading, money, select, success } from '../dom.js';
import { when } from '../format.js';
import { apiPath, pageLink, withQuery } from '../paths.js';
import { pagedTable } from '../table.js';

const STATUSES = ['', 'new', 'inProgress', 'approved', 'completed', 'rejected', 'closed'];

function statusBadge(status) {
  return badge(status, { new: 'warn', inProgress: 'warn', approved: '', completed: 'ok', rejected: 'bad', closed: '' }[status] || '');
}

/** The queue's orders (sort=); '' is its own, the oldest first. */
const QUEUE_SORTS = [['', 'Oldest first'], ['-createdAt', 'Newest first'], ['status', 'State'], ['requestedAction', 'Kind']];

export async function consolePage(main) {
  const status = select('status', STATUSES.map(s => [s, s || 'any state']), sessionStorage.getItem('rvi.console.status') ?? 'new');
  status.id = 'queue-status';
  const partner = await partnerPicker();
  const list = pagedTable({
    id: 'queue', filename: 'support-queue', empty: 'No requests in this state. The queue is clear.',
    sorts: QUEUE_SORTS, sort: '', search: 'partner or customer name, or an id',
    path: (sort, q) => {
      const params = new URLSearchParams({ size: '50' });
      if (status.value) params.set('status', status.value);
      if (partner.value) params.set('partner', partner.value);
      if (sort) params.set('sort', sort);
      if (q) params.set('q', q);
      return withQuery('/v1/supportRequests', params);
    },
    columns: [
      { label: 'Request', value: r => h('a', { href: pageLink`#/console/${r.id}`, class: 'request-link' }, r.id.slice(0, 8)), text: r => r.id },
      { label: 'Action', value: r => `${r.requestedAction} × ${r.quantity}`, sort: ['requestedAction', '-requestedAction'] },
      { label: 'Partner', value: r => named(r.partnerName, r.partnerId), text: r => r.partnerName || r.partnerId },
      { label: 'Customer', value: r => named(r.customerName, r.customerId), text: r => r.customerName || r.customerId },
      { label: 'Filed', value: r => when(r.createdDate), text: r => r.createdDate, sort: ['createdAt', '-createdAt'] },
      { label: 'Assigned to', value: r => r.assignedTo || '—', text: r => r.assignedTo || '' },
      { label: 'State', value: r => statusBadge(r.status), text: r => r.status, sort: ['status', '-status'] },
    ],
  });
  const load = () => {
    sessionStorage.setItem('rvi.console.status', status.value);
    return list.reload();
  };
  const form = h('form', { class: 'row' }, field('State', status), field('Partner', partner), h('button', { type: 'submit', id: 'queue-filter' }, 'Filter'));
  form.addEventListener('submit', event => { event.preventDefault(); load(); });
  clear(main, h('h1', {}, 'Support console'), form, list.element);
  await load();
}

/** A name, its id on hover; the id itself where the directory knows no name. */
function named(name, id) {
  return name ? h('span', { title: id }, name) : h('code', {}, id);
}

/** The partners by name (the operator's list, which support agents read), or a note when it cannot be read. */
async function partnerPicker() {
  let partners = [];
  try {
    partners = (await get('/v1/admin/partners')).items;
  } catch (e) {
    partners = [];
  }
  const picker = select('partner', [['', 'any partner'], ...partners.map(p => [p.id, `${p.name} (MPN ${p.mpnId})`])],
    sessionStorage.getItem('rvi.console.partner') || '');
  picker.id = 'queue-partner';
  picker.addEventListener('change', () => sessionStorage.setItem('rvi.console.partner', picker.value));
  return picker;
}

export async function requestPage(main, id) {
  clear(main, h('h1', {}, 'Support request'), loading());
  const r = await get(apiPath`/v1/supportRequests/${id}`);
  const out = h('div', { id: 'request-result' });
  const step = (name, label, body, kind = '', ask = null) => {
    const b = h('button', { type: 'button', id: `do-${name}`, class: kind }, label);
    b.addEventListener('click', () => act(b, out, async () => {
      clear(out);
      if (ask && !(await ask())) {
        clear(out, h('p', { class: 'note', id: 'not-done', role: 'status' }, `Nothing was done: the request is still ${r.status}.`));
        return;
      }
      await post(apiPath`/v1/supportRequests/${id}/${name}`, body ? body() : {}, { 'Idempotency-Key': newKey() });
      await requestPage(main, id);
      clear(document.getElementById('request-result') || out, success(`Done: ${label.replace('…', '').toLowerCase()}.`));
    }));
    return b;
  };
  const note = h('textarea', { id: 'note-text', rows: 2, cols: 50, maxlength: 4000 });
  const visibility = select('visibility', [['internal', 'internal (agents only)'], ['partner', 'visible to the partner']], 'internal');
  const reason = h('input', { id: 'reject-reason', placeholder: 'why', size: 40 });
  const open = r.status === 'new' || r.status === 'inProgress';
  clear(main, h('p', {}, h('a', { href: '#/console' }, '← Queue')),
    h('h1', {}, `Request ${r.id.slice(0, 8)} `, statusBadge(r.status)),
    h('dl', { class: 'props' },
      h('dt', {}, 'Asks for'), h('dd', {}, `${r.requestedAction} of ${r.quantity}`),
      h('dt', {}, 'Reservation'), h('dd', {}, `${r.reservationId} (order ${r.reservationOrderId})`),
      h('dt', {}, 'Partner'), h('dd', { id: 'request-partner' }, named(r.partnerName, r.partnerId), ' ', h('code', {}, r.partnerId)),
      h('dt', {}, 'Customer'), h('dd', { id: 'request-customer' }, named(r.customerName, r.customerId), ' ', h('code', {}, r.customerId)),
      h('dt', {}, 'Contact'), h('dd', {}, [r.contact.name, r.contact.email, r.contact.phone].filter(Boolean).join(', ')),
      h('dt', {}, 'Description'), h('dd', {}, r.description || '—'),
      h('dt', {}, 'Assigned to'), h('dd', {}, r.assignedTo || 'no one yet'),
      open ? [h('dt', {}, quoteLabel(r)), h('dd', { id: 'request-quote' }, quoteWords(r),
        r.quote && r.quote.policyErrors.length ? h('span', { class: 'note' }, ` Approval would be refused: ${r.quote.policyErrors.join('; ')}`) : null)]
        : null,
      r.policyError ? [h('dt', {}, 'Policy'), h('dd', {}, r.policyError)] : null),
    h('div', { class: 'card' }, h('h2', {}, 'Work it'),
      h('p', { class: 'row' }, open ? step('assign', 'Assign to me') : null,
        r.status === 'inProgress' || r.status === 'approved' ? step('approve', 'Approve…', null, '', () => confirmApproval(r)) : null,
        open ? [field('Reason', reason), step('reject', 'Reject', () => ({ reason: reason.value.trim() || 'rejected' }), 'danger')] : null,
        r.status === 'completed' || r.status === 'rejected' ? step('close', 'Close') : null),
      h('div', { class: 'row' }, field('Note', note), field('Visibility', visibility),
        step('notes', 'Add note', () => ({ text: note.value.trim() || '(empty)', visibility: visibility.value }), 'secondary')),
      out),
    h('h2', {}, 'History'),
    r.history.length ? h('ol', { id: 'history' }, r.history.map(e => h('li', {}, when(e.at), ` ${e.kind} by ${e.actor}`,
      e.visibility === 'internal' ? ' (internal)' : '', e.detail && e.detail.text ? `: ${e.detail.text}` : '',
      e.detail && e.detail.reason ? `: ${e.detail.reason}` : '', e.detail && e.detail.error ? `: ${e.detail.error}` : ''))) : empty('No history yet.'));
}

/** An amount of the API's shape ({currencyCode, amount}) as every page writes money. */
function amountOf(m) {
  return m ? money(m.amount, m.currencyCode) : '—';
}

function quoteLabel(r) {
  return r.requestedAction === 'refund' ? 'Refund now' : 'Credit now';
}

/**
 * The order service's quote of what approving would carry out today (the partner's own calculation): a refund's amount
 * and fee, an exchange's or a trade-in's credit and the new purchase's price; or why there is none.
 */
function quoteWords(r) {
  const q = r.quote;
  if (!q) return `not available: ${r.quoteAbsent || 'no quote'}`;
  if (q.refundAmount) return `${amountOf(q.refundAmount)} (early termination fee ${amountOf(q.fee)})`;
  const buys = r.requestedAction === 'tradeIn' ? 'the savings plan' : 'the new purchase';
  return `${amountOf(q.credit)} toward ${buys}${q.newPurchasePrice ? ` of ${amountOf(q.newPurchasePrice)}` : ''}`;
}

/** "refund $1,234.56" or "exchange, credit $812.40": the figure approval carries out, where the order service gave one. */
function quotedAction(r, what) {
  const q = r.quote;
  if (!q) return what.toLowerCase();
  return q.refundAmount ? `refund ${amountOf(q.refundAmount)}` : `${what.toLowerCase()}, credit ${amountOf(q.credit)}`;
}

/** What approving carries out, said before it happens: the order service acts at once on the partner's reservation. */
function confirmApproval(r) {
  const what = { refund: 'Cancel and refund', exchange: 'Exchange', tradeIn: 'Trade in for a savings plan' }[r.requestedAction] || r.requestedAction;
  const partner = r.partnerName || r.partnerId;
  return confirmAct({
    title: r.quote ? `Approve: ${quotedAction(r, what)} to ${partner}?` : `Approve: ${what.toLowerCase()} ${r.quantity}?`,
    facts: [
      ['Carries out', `${what}: ${r.quantity} of reservation ${r.reservationId}`],
      ['Partner / customer', `${partner} / ${r.customerName || r.customerId}`],
      r.status === 'approved' ? null : [quoteLabel(r), quoteWords(r)],
    ].filter(Boolean),
    notes: [r.requestedAction === 'refund'
      ? 'The refund is the unused value at today’s date, less the early termination fee after the grace days, as the refund policy works it out; '
        + 'it counts against the customer’s yearly refund limit.'
      : 'The returned value is credited without a fee to the new purchase the request names.',
    'Approving carries it out at once for the partner and cannot be undone here.'],
    accept: r.quote ? `Approve: ${quotedAction(r, what)}` : `Approve: ${what.toLowerCase()}`,
    danger: true,
  });
}
