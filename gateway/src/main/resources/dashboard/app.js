// The dashboard: a partner front end of the public API. Hash routes; each page renders itself into <main>.
import { has, signOut, who } from './api.js';
import { clear, errorBox, h } from './dom.js';
import { completeOidc, signInPage } from './pages/signin.js';
import { customersPage } from './pages/customers.js';
import { buyPage, ordersPage, reviewPage } from './pages/buy.js';
import { reservationPage, reservationsPage } from './pages/reservations.js';
import { consolePage, requestPage } from './pages/console.js';
import { invoicesPage, recommendationsPage } from './pages/billing.js';

const main = document.getElementById('main');

const ROUTES = [
  [/^#\/signin$/, () => signInPage],
  [/^#\/customers$/, () => customersPage],
  [/^#\/customers\/([^/]+)\/buy$/, () => buyPage],
  [/^#\/customers\/([^/]+)\/review$/, () => reviewPage],
  [/^#\/customers\/([^/]+)\/orders$/, () => ordersPage],
  [/^#\/customers\/([^/]+)\/reservations$/, () => reservationsPage],
  [/^#\/customers\/([^/]+)\/reservations\/([^/]+)\/([^/]+)(?:\/([a-z]+))?$/, () => reservationPage],
  [/^#\/customers\/([^/]+)\/recommendations$/, () => recommendationsPage],
  [/^#\/invoices$/, () => invoicesPage],
  [/^#\/console$/, () => consolePage],
  [/^#\/console\/([^/]+)$/, () => requestPage],
];

function home() {
  if (has('SupportAgent')) return '#/console';
  return '#/customers';
}

function navigation() {
  const nav = document.getElementById('nav');
  const me = who();
  const links = [];
  if (me && has('AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'BillingAdmin')) links.push(['#/customers', 'Customers']);
  if (me && has('AdminAgent', 'BillingAdmin')) links.push(['#/invoices', 'Invoices']);
  if (me && has('SupportAgent')) links.push(['#/console', 'Support console']);
  clear(nav, links.map(([href, text]) => h('a', { href, 'aria-current': location.hash.startsWith(href) ? 'page' : null }, text)));
  const whoEl = document.getElementById('who');
  if (!me) {
    clear(whoEl);
    return;
  }
  clear(whoEl, h('span', { class: 'who-user' }, `${me.user} · ${me.roles.join(', ')}`),
    h('button', { type: 'button', class: 'secondary', id: 'sign-out', on: { click: () => { signOut(); location.hash = '#/signin'; } } }, 'Sign out'));
}

async function route() {
  if (await completeOidc()) return;
  const hash = location.hash || '';
  if (!who() && hash !== '#/signin') {
    location.hash = '#/signin';
    return;
  }
  if (hash === '' || hash === '#/' || hash === '#') {
    location.hash = home();
    return;
  }
  navigation();
  for (const [pattern, page] of ROUTES) {
    const match = hash.match(pattern);
    if (match) {
      try {
        await page()(main, ...match.slice(1).map(p => (p === undefined ? undefined : decodeURIComponent(p))));
      } catch (e) {
        clear(main, errorBox(e));
      }
      main.focus();
      return;
    }
  }
  clear(main, h('h1', {}, 'Not found'), h('p', {}, 'There is no page here. '), h('a', { href: home() }, 'Go to the start page'));
}

window.addEventListener('hashchange', route);
route();
