// A reservation's revision history: every change, who made it and when (in the viewer's time zone, UTC on hover).
import { get } from '../api.js';
import { clear, empty, h, loading, table } from '../dom.js';
import { apiPath, pageLink } from '../paths.js';
import { when } from './listing.js';

const CHANGES = { purchase: 'Bought', configure: 'Configured', scope: 'Scope changed', rename: 'Renamed', renew: 'Renewal changed',
  refund: 'Refunded', exchange: 'Exchanged', split: 'Split', merge: 'Merged', tradeIn: 'Traded in', renewal: 'Renewed' };

/** The fields a change changed (all of them when none differ, as on a purchase). */
function changed(x) {
  const before = x.before || {};
  const after = x.after || {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const differ = keys.filter(k => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return differ.length ? differ : keys;
}

function describe(values, keys) {
  if (!values || typeof values !== 'object') return '—';
  const shown = Object.entries(values).filter(([k, v]) => keys.includes(k) && v !== null && v !== undefined && v !== ''
    && !(Array.isArray(v) && v.length === 0));
  if (!shown.length) return '—';
  return h('ul', { class: 'plain' }, shown.map(([k, v]) => h('li', {}, h('span', { class: 'note' }, `${k}: `),
    Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v))));
}

export async function revisionsPage(main, c, ro, r) {
  clear(main, h('h1', {}, 'Revision history'), loading());
  const base = apiPath`/v1/customers/${c}/reservationOrders/${ro}/reservations/${r}`;
  const [reservation, revisions] = await Promise.all([get(base), get(`${base}/revisions`)]);
  const items = [...revisions.items].sort((a, b) => String(b.changedAt).localeCompare(String(a.changedAt)) || b.id - a.id);
  clear(main, h('p', {}, h('a', { href: pageLink`#/customers/${c}/reservations/${ro}/${r}` }, '← The reservation'), ' · ',
    h('a', { href: '#/portfolio/reservations' }, 'All reservations')),
  h('h1', {}, `Revision history — ${reservation.displayName || reservation.skuName}`),
  h('p', { class: 'note' }, `${items.length} change${items.length === 1 ? '' : 's'}, newest first. Times are in your time zone `
    + `(${Intl.DateTimeFormat().resolvedOptions().timeZone || 'local'}); hover one for UTC.`),
  items.length ? h('div', { id: 'revisions' }, table([
    { label: 'When', value: x => when(x.changedAt) },
    { label: 'Change', value: x => CHANGES[x.change] || x.change },
    { label: 'By', value: x => x.changedBy },
    { label: 'Before', value: x => describe(x.before, changed(x)) },
    { label: 'After', value: x => describe(x.after, changed(x)) },
  ], items)) : empty('No changes have been recorded for this reservation.'));
}
