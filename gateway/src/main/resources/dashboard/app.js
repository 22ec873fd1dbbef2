// The dashboard: a partner front end of the public API. Hash routes; each page renders itself into <main>.
import { has, signOut, who } from './api.js';
import { clear, errorBox, h } from './dom.js';
import { organization } from './names.js';
import { completeOidc, signInPage } from './pages/signin.js';
import { customersPage } from './pages/customers.js';
import { buyPage, reviewPage } from './pages/buy.js';
import { orderPage, ordersPage } from './pages/orders.js';
import { RESERVATION_TABS, reservationPage, reservationsPage } from './pages/reservations.js';
import { SAVINGS_PLAN_TABS, buySavingsPlanPage, savingsPlanPage, savingsPlansPage } from './pages/savingsplans.js';
import { consolePage, requestPage } from './pages/console.js';
import { invoicesPage, recommendationsPage } from './pages/billing.js';
import { accessPage } from './pages/access.js';
import { requestsPage, supportRequestPage } from './pages/requests.js';
import { portfolioPage } from './pages/portfolio.js';
import { revisionsPage } from './pages/revisions.js';
import { operatorPage } from './pages/operator.js';
import { marginsPage } from './pages/margins.js';
import { statementsPage } from './pages/statements.js';
import { editPriceListPage, newPriceListPage, priceListPage, priceListsPage } from './pages/pricelists.js';
import { InvalidLink, routeParameters } from './paths.js';

const main = document.getElementById('main');

// Each route's parameters are ids (customer, reservation order, reservation, savings plan, support request), checked by
// routeParameters before the page runs; a reservation's or a savings plan's tab is one of its tabs.
const TAB = Object.assign(tab => RESERVATION_TABS.includes(tab), { noun: 'tab of a reservation' });
const PLAN_TAB = Object.assign(tab => SAVINGS_PLAN_TABS.includes(tab), { noun: 'tab of a savings plan' });
const PORTFOLIO_TAB = Object.assign(tab => ['reservations', 'orders'].includes(tab), { noun: 'list' });
const ROUTES = [
  [/^#\/signin$/, () => signInPage],
  [/^#\/customers$/, () => customersPage],
  [/^#\/customers\/([^/]+)\/buy$/, () => buyPage],
  [/^#\/customers\/([^/]+)\/review$/, () => reviewPage],
  [/^#\/customers\/([^/]+)\/orders$/, () => ordersPage],
  [/^#\/customers\/([^/]+)\/orders\/([^/]+)$/, () => orderPage],
  [/^#\/customers\/([^/]+)\/reservations$/, () => reservationsPage],
  [/^#\/customers\/([^/]+)\/reservations\/([^/]+)\/([^/]+)(?:\/([a-z]+))?$/, () => reservationPage, [null, null, null, TAB]],
  [/^#\/customers\/([^/]+)\/savingsPlans$/, () => savingsPlansPage],
  [/^#\/customers\/([^/]+)\/buySavingsPlan$/, () => buySavingsPlanPage],
  [/^#\/customers\/([^/]+)\/savingsPlans\/([^/]+)(?:\/([a-z]+))?$/, () => savingsPlanPage, [null, null, PLAN_TAB]],
  [/^#\/customers\/([^/]+)\/recommendations$/, () => recommendationsPage],
  [/^#\/invoices$/, () => invoicesPage],
  [/^#\/statements$/, () => statementsPage],
  [/^#\/margins$/, () => marginsPage],
  [/^#\/console$/, () => consolePage],
  [/^#\/console\/([^/]+)$/, () => requestPage],
  [/^#\/access$/, () => accessPage],
  [/^#\/requests$/, () => requestsPage],
  [/^#\/requests\/([^/]+)\/([^/]+)$/, () => supportRequestPage],
  [/^#\/portfolio(?:\/(reservations|orders))?$/, () => portfolioPage, [PORTFOLIO_TAB]],
  [/^#\/revisions\/([^/]+)\/([^/]+)\/([^/]+)$/, () => revisionsPage],
  [/^#\/operator$/, () => operatorPage],
  [/^#\/priceLists$/, () => priceListsPage],
  [/^#\/priceLists\/new$/, () => newPriceListPage],
  [/^#\/priceLists\/([^/]+)$/, () => priceListPage],
  [/^#\/priceLists\/([^/]+)\/edit$/, () => editPriceListPage],
];

function home() {
  if (has('SupportAgent')) return '#/console';
  if (has('Operator')) return '#/operator';
  return '#/customers';
}

function navigation() {
  const nav = document.getElementById('nav');
  const me = who();
  const links = [];
  if (me && has('AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'BillingAdmin')) links.push(['#/customers', 'Customers']);
  if (me && has('AdminAgent', 'BillingAdmin')) links.push(['#/invoices', 'Invoices'], ['#/statements', 'Statements'], ['#/margins', 'Margins']);
  if (me && has('AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'BillingAdmin')) links.push(['#/portfolio', 'Reservations and orders']);
  if (me && has('AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'BillingAdmin')) links.push(['#/requests', 'Support requests']);
  if (me && has('AdminAgent', 'SalesAgent', 'HelpdeskAgent')) links.push(['#/access', 'Agent access']);
  if (me && has('AdminAgent', 'SalesAgent')) links.push(['#/priceLists', 'Price lists']);
  if (me && has('SupportAgent')) links.push(['#/console', 'Support console']);
  if (me && has('Operator')) links.push(['#/operator', 'Operator']);
  clear(nav, links.map(([href, text]) => h('a', { href, 'aria-current': location.hash.startsWith(href) ? 'page' : null }, text)));
  const whoEl = document.getElementById('who');
  if (!me) {
    clear(whoEl);
    return;
  }
  const user = h('span', { class: 'who-user' }, `${me.user} · ${me.roles.join(', ')}`);
  // The partner's name first, from its organization profile (the operator's staff have none).
  organization().then(org => { if (org && org.companyName) user.textContent = `${org.companyName} · ${me.user} · ${me.roles.join(', ')}`; });
  clear(whoEl, user,
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
  for (const [pattern, page, rules] of ROUTES) {
    const match = hash.match(pattern);
    if (match) {
      const parameters = routeParameters(match.slice(1), rules);
      if (parameters.values) {
        try {
          await page()(main, ...parameters.values);
        } catch (e) {
          clear(main, errorBox(e));
        }
      } else {
        invalidLink(new InvalidLink(parameters.invalid, parameters.noun).message);
      }
      main.focus();
      return;
    }
  }
  clear(main, h('h1', {}, 'Not found'), h('p', {}, 'There is no page here. '), h('a', { href: home() }, 'Go to the start page'));
}

/** A link whose ids are not ids: said so, and nothing is asked of the API. */
function invalidLink(why) {
  clear(main, h('h1', {}, 'Not found'),
    h('div', { class: 'error', role: 'alert', id: 'invalid-link' }, h('strong', {}, 'This link is not valid. '), why,
      ' Nothing was asked of the service. Check the link, or find the page from the start.'),
    h('p', {}, h('a', { href: home() }, 'Go to the start page')));
}

window.addEventListener('hashchange', route);
route();
