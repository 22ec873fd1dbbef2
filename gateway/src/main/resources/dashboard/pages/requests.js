// The partner's support requests: the list across customers (admin agents) or one customer's, a request's detail and
// history, and a note to the support agents.
import { get, has, post } from '../api.js';
import { act, badge, clear, empty, errorBox, field, h, loading, select, success, table } from '../dom.js';
import { apiPath, pageLink, withQuery } from '../paths.js';
import { customerNames, nextPage, when } from './listing.js';

const STATUSES = ['new', 'inProgress', 'approved', 'completed', 'rejected', 'closed'];
const WORDS = { new: 'New', inProgress: 'In progress', approved: 'Approved', completed: 'Completed', rejected: 'Rejected', closed: 'Closed' };
const ACTIONS = { refund: 'Refund', exchange: 'Exchange', tradeIn: 'Trade in for a savings plan' };
const KINDS = { created: 'Filed', assigned: 'Taken up by a support agent', note: 'Note', approved: 'Approved', completed: 'Carried out',
  rejected: 'Rejected', closed: 'Closed', policyRefused: 'Refused by the policy', executionFailed: 'Could not be carried out' };

function statusBadge(status) {
  return badge(WORDS[status] || status, { new: 'warn', inProgress: 'warn', completed: 'ok', rejected: 'bad' }[status] || '');
}

export async function requestsPage(main) {
  clear(main, h('h1', {}, 'Support requests'), loading());
  const names = await customerNames();
  const everyone = has('AdminAgent');
  const customers = [...names].sort((a, b) => a[1].localeCompare(b[1]));
  const customer = select('customerId', everyone ? [['', 'every customer'], ...customers] : customers, '');
  customer.id = 'requests-customer';
  const status = select('status', [['', 'any state'], ...STATUSES.map(s => [s, WORDS[s]])], '');
  status.id = 'requests-status';
  const out = h('div', { id: 'requests-list', 'aria-live': 'polite' });
  const shown = [];
  const load = async (path, more) => {
    if (!more) {
      shown.length = 0;
      clear(out, loading());
    }
    try {
      const page = await get(path);
      shown.push(...page.items);
      const next = nextPage(page);
      const moreButton = next ? h('button', { type: 'button', class: 'secondary', id: 'show-more' }, 'Show more') : null;
      if (moreButton) moreButton.addEventListener('click', () => load(next, true));
      clear(out, h('p', { id: 'requests-count', role: 'status' }, `${page.totalCount} request${page.totalCount === 1 ? '' : 's'}.`),
        shown.length ? table([
          { label: 'Request', value: r => h('a', { href: pageLink`#/requests/${r.customerId}/${r.id}`, class: 'request-link' }, `${ACTIONS[r.requestedAction] || r.requestedAction} × ${r.quantity}`) },
          { label: 'Customer', value: r => names.get(r.customerId) || r.customerId },
          { label: 'Filed', value: r => when(r.createdDate) },
          { label: 'Updated', value: r => when(r.lastUpdatedDate || r.updatedDate) },
          { label: 'State', value: r => statusBadge(r.status) },
        ], shown) : empty('No support requests match. You file one from a reservation’s “New support request” tab.'), moreButton);
    } catch (e) {
      clear(out, errorBox(e));
    }
  };
  const query = () => {
    const params = { size: '50' };
    if (status.value) params.status = status.value;
    if (everyone) {
      if (customer.value) params.customerId = customer.value;
      return withQuery('/v1/partnerSupportRequests', params);
    }
    return withQuery(apiPath`/v1/customers/${customer.value}/supportRequests`, params);
  };
  const form = h('form', { class: 'row', id: 'requests-filters' }, field('Customer', customer), field('State', status),
    h('button', { type: 'submit', id: 'requests-apply' }, 'Show'));
  form.addEventListener('submit', event => { event.preventDefault(); load(query(), false); });
  clear(main, h('h1', {}, 'Support requests'),
    h('p', { class: 'note' }, 'Refund, exchange and trade-in requests you filed for your customers, and what the support agents did with them.'),
    customers.length ? [form, out] : empty('No customers yet.'));
  if (customers.length) await load(query(), false);
}

export async function supportRequestPage(main, c, id) {
  clear(main, h('h1', {}, 'Support request'), loading());
  const [r, names] = await Promise.all([get(apiPath`/v1/customers/${c}/supportRequests/${id}`), customerNames()]);
  const out = h('div', { id: 'note-result', 'aria-live': 'polite' });
  const text = h('textarea', { id: 'partner-note', rows: 3, cols: 60, maxlength: 4000 });
  const send = h('button', { type: 'submit', id: 'add-partner-note' }, 'Add note');
  const form = h('form', { class: 'card' }, h('h2', {}, 'Add a note'), field('Note for the support agents', text,
    'They and your colleagues see it in the history.'), h('p', {}, send), out);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!text.value.trim()) {
      clear(out, errorBox(new Error('Write the note first.')));
      text.focus();
      return;
    }
    act(send, out, async () => {
      await post(apiPath`/v1/customers/${c}/supportRequests/${id}/notes`, { text: text.value.trim() });
      await supportRequestPage(main, c, id);
      clear(document.getElementById('note-result'), success('Note added.'));
    });
  });
  const history = r.history || [];
  clear(main, h('p', {}, h('a', { href: '#/requests' }, '← Support requests')),
    h('h1', {}, `${ACTIONS[r.requestedAction] || r.requestedAction} of ${r.quantity} `, statusBadge(r.status)),
    h('dl', { class: 'props' },
      h('dt', {}, 'Customer'), h('dd', {}, names.get(r.customerId) || r.customerId),
      h('dt', {}, 'Reservation'), h('dd', {}, h('a', { href: pageLink`#/customers/${r.customerId}/reservations/${r.reservationOrderId}/${r.reservationId}` },
        'Open the reservation')),
      h('dt', {}, 'Filed'), h('dd', {}, when(r.createdDate)),
      h('dt', {}, 'Contact'), h('dd', {}, r.contact ? [r.contact.name, r.contact.email, r.contact.phone].filter(Boolean).join(', ') : '—'),
      h('dt', {}, 'Description'), h('dd', {}, r.description || '—'),
      r.policyError ? [h('dt', {}, 'Policy'), h('dd', {}, r.policyError)] : null),
    h('h2', {}, 'History'),
    history.length ? h('ol', { id: 'history' }, history.map(e => h('li', {}, when(e.at), ' — ', KINDS[e.kind] || e.kind,
      e.actorType === 'supportAgent' ? ' by a support agent' : e.actor ? ` by ${e.actor}` : '',
      e.detail && e.detail.text ? `: ${e.detail.text}` : '', e.detail && e.detail.reason ? `: ${e.detail.reason}` : '',
      e.detail && e.detail.error ? `: ${e.detail.error}` : ''))) : empty('No history yet.'),
    has('AdminAgent', 'SalesAgent', 'HelpdeskAgent') ? form : null);
}
