// The operator's home: the partners, the price-sheet loads with their progress, the support queue (for support
// agents; the operator sees where it is) and the platform's health.
import { get, has } from '../api.js';
import { badge, clear, empty, errorBox, h, loading, table } from '../dom.js';
import { when } from './listing.js';

async function section(title, id, render) {
  const body = h('div', { id }, loading());
  const card = h('section', { class: 'card', 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), body);
  render().then(nodes => clear(body, nodes), e => clear(body, errorBox(e)));
  return card;
}

function loadBadge(status) {
  return badge(status, { committed: 'ok', open: 'warn', loading: 'warn', abandoned: 'bad', failed: 'bad' }[status] || '');
}

export async function operatorPage(main) {
  clear(main, h('h1', {}, 'Operator'),
    h('p', { class: 'note' }, 'The platform at a glance. Price sheets are loaded and partners onboarded through the API (see the ',
      h('a', { href: '/docs/' }, 'API reference'), ').'));
  const health = await section('Health', 'health', async () => {
    const r = await fetch('/health', { headers: { Accept: 'application/json' } });
    const body = await r.json();
    const services = Object.entries(body.services || {});
    return [h('p', {}, 'Platform: ', badge(body.status, body.status === 'UP' ? 'ok' : 'bad')),
      services.length ? table([{ label: 'Service', value: ([name]) => name },
        { label: 'State', value: ([, s]) => badge(s.status, s.status === 'UP' ? 'ok' : 'bad') },
        { label: 'Note', value: ([, s]) => s.reason || '' }], services) : null];
  });
  const partners = await section('Partners', 'partners', async () => {
    const page = await get('/v1/admin/partners');
    return page.items.length ? [h('p', { class: 'note' }, `${page.totalCount} partner${page.totalCount === 1 ? '' : 's'}.`), table([
      { label: 'Name', value: p => p.name }, { label: 'Type', value: p => p.type }, { label: 'MPN id', value: p => p.mpnId },
      { label: 'Country', value: p => p.country }, { label: 'Since', value: p => when(p.createdAt) },
      { label: 'Resellers', value: p => (p.resellers ? p.resellers.length : 0), num: true }], page.items)]
      : empty('No partners yet. Onboard one with POST /v1/admin/partners.');
  });
  const loads = await section('Price sheets and loads', 'price-loads', async () => {
    const page = await get('/v1/admin/priceSheetLoads');
    return page.items.length ? table([
      { label: 'Load', value: l => l.name || `#${l.id}` }, { label: 'State', value: l => loadBadge(l.status) },
      { label: 'Pages', value: l => l.pages, num: true }, { label: 'Rows read', value: l => l.rowsRead, num: true },
      { label: 'Loaded', value: l => l.rowsLoaded, num: true }, { label: 'Skipped', value: l => l.rowsSkipped, num: true },
      { label: 'Rejected', value: l => l.rowsRejected, num: true }, { label: 'Started', value: l => when(l.startedAt) }], page.items)
      : empty('No price-sheet loads yet.');
  });
  const queue = await section('Support queue', 'support-queue', async () => {
    if (!has('SupportAgent')) {
      return h('p', {}, 'The support queue is worked by the support agents (the SupportAgent role of the operator’s tenant); '
        + 'the operator role does not read it. Sign in as a support agent to open the ', h('a', { href: '#/console' }, 'support console'), '.');
    }
    const page = await get('/v1/supportRequests?status=new&size=1');
    return h('p', {}, `${page.totalCount} new request${page.totalCount === 1 ? '' : 's'} waiting. `, h('a', { href: '#/console' }, 'Open the console'));
  });
  main.append(health, partners, loads, queue);
}
