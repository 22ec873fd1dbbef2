// Customers: search, expand a row (subscriptions with status and registration, reservations), add a customer,
// add and register a subscription (the "Online services" step when none is active).
import { get, has, newKey, post } from '../api.js';
import { act, badge, clear, date, empty, errorBox, field, h, loading, select, success, table } from '../dom.js';
import { stateBadge } from './reservations.js';
import { apiPath, pageLink, withQuery } from '../paths.js';
import { partnerName } from '../names.js';
import { pagedTable } from '../table.js';

/** The orders GET /v1/customers offers (sort=), as the picker names them. */
const CUSTOMER_SORTS = [['name', 'Name, A to Z'], ['-name', 'Name, Z to A'], ['domain', 'Domain'], ['-createdAt', 'Newest first'],
  ['createdAt', 'Oldest first']];

export async function customersPage(main) {
  const list = pagedTable({
    id: 'customers', filename: 'customers', sort: 'name', sorts: CUSTOMER_SORTS, search: 'name, domain or id',
    path: (sort, q) => withQuery('/v1/customers', { size: '50', sort, ...(q ? { q } : {}) }),
    empty: ['No customers yet. ', has('AdminAgent', 'SalesAgent') ? 'Add your first one below.' : 'An admin or sales agent adds them.'],
    columns: [
      { label: 'Name', value: name, sort: ['name', '-name'] },
      { label: 'Domain', value: c => c.companyProfile.domain, sort: ['domain', '-domain'] },
      { label: 'Country', value: c => c.billingProfile.defaultAddress && c.billingProfile.defaultAddress.country },
      { label: 'Relationship', value: c => c.relationshipToPartner },
      { label: 'Added', value: c => date(c.createdAt), text: c => c.createdAt, sort: ['-createdAt', 'createdAt'] },
      { label: 'Customer id', value: c => c.id },
    ],
    render: rows => h('ul', { class: 'plain', id: 'customer-list' }, rows.map(customerRow)),
  });
  clear(main, h('h1', {}, 'Customers'), list.element, has('AdminAgent', 'SalesAgent') ? addCustomerForm(() => list.reload()) : null);
  await list.reload();
}

function name(c) {
  return c.companyProfile.companyName || c.billingProfile.companyName || c.companyProfile.domain;
}

/** "via reseller Northwind": the reseller's name from the partner's relationships, its tenant id on hover. */
function resellerBadge(resellerId) {
  const b = badge('via reseller');
  b.classList.add('reseller');
  b.title = resellerId || '';
  partnerName(resellerId).then(name => { if (name) b.textContent = `via reseller ${name}`; });
  return b;
}

function customerRow(c) {
  const details = h('div', { class: 'details', hidden: true });
  const toggle = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'data-customer': c.id }, 'Show');
  toggle.addEventListener('click', async () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    toggle.textContent = open ? 'Show' : 'Hide';
    details.hidden = open;
    if (!open) await expand(c, details);
  });
  return h('li', { class: 'card', 'data-customer-name': name(c) },
    h('div', { class: 'row' }, h('strong', {}, name(c)), h('span', { class: 'muted' }, c.companyProfile.domain),
      c.relationshipToPartner === 'reseller' ? resellerBadge(c.associatedPartnerId) : null, toggle,
      has('AdminAgent', 'SalesAgent') ? h('a', { class: 'button', href: pageLink`#/customers/${c.id}/buy` }, 'Add products') : null,
      h('a', { href: pageLink`#/customers/${c.id}/orders` }, 'Order history'),
      h('a', { href: pageLink`#/customers/${c.id}/reservations` }, 'Reservations'),
      h('a', { href: pageLink`#/customers/${c.id}/savingsPlans` }, 'Savings plans'),
      h('a', { href: pageLink`#/customers/${c.id}/recommendations` }, 'Recommendations')),
    details);
}

async function expand(c, details) {
  clear(details, loading());
  try {
    const [subscriptions, reservations] = await Promise.all([get(apiPath`/v1/customers/${c.id}/subscriptions`), get(apiPath`/v1/customers/${c.id}/reservations?size=20`)]);
    // A savings plan's line (unitType Benefit) is shown with the plans, not as an Azure subscription.
    const subs = subscriptions.items.filter(s => s.unitType !== 'Benefit');
    const active = subs.filter(s => s.status === 'active');
    clear(details,
      h('h3', {}, 'Subscriptions'),
      subs.length ? table([
        { label: 'Name', value: s => s.friendlyName },
        { label: 'Subscription ID', value: s => s.id },
        { label: 'Status', value: s => badge(s.status, s.status === 'active' ? 'ok' : 'warn') },
        { label: 'Registration', value: s => registration(c, s) },
      ], subs) : null,
      active.length === 0 ? h('p', { class: 'note' }, 'Online services: this customer has no active Azure subscription. Add one before buying reservations.') : null,
      has('AdminAgent', 'SalesAgent') ? addSubscriptionForm(c, details) : null,
      h('h3', {}, 'Reservations'),
      reservations.items.length ? table([
        { label: 'Name', value: r => h('a', { href: pageLink`#/customers/${c.id}/reservations/${r.reservationOrderId}/${r.id}` }, r.displayName || r.skuName) },
        { label: 'Size', value: r => r.skuName },
        { label: 'Quantity', value: r => r.quantity, num: true },
        { label: 'Expires', value: r => date(r.expiryDateTime) },
        { label: 'State', value: r => stateBadge(r) },
      ], reservations.items) : empty('No reservations yet.'));
  } catch (e) {
    clear(details, errorBox(e));
  }
}

function registration(c, s) {
  if (s.registrationStatus === 'registered') return badge('registered', 'ok');
  if (!has('AdminAgent', 'SalesAgent')) return badge(s.registrationStatus, 'warn');
  const out = h('span');
  const button = h('button', { type: 'button', class: 'secondary' }, 'Register');
  button.addEventListener('click', () => act(button, out, async () => {
    await post(apiPath`/v1/customers/${c.id}/subscriptions/${s.id}/registrations`, undefined, { 'Idempotency-Key': newKey() });
    clear(out, badge('registered', 'ok'));
    button.remove();
  }));
  return h('span', {}, badge(s.registrationStatus, 'warn'), ' ', button, out);
}

function addSubscriptionForm(c, details) {
  const nameInput = h('input', { name: 'friendlyName', required: true, maxlength: 100 });
  const out = h('div');
  const button = h('button', { type: 'submit' }, 'Add subscription');
  const form = h('form', { class: 'row' }, field('New subscription name', nameInput), button, out);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!nameInput.value.trim()) {
      clear(out, errorBox(new Error('Give the subscription a name.')));
      return;
    }
    act(button, out, async () => {
      const s = await post(apiPath`/v1/customers/${c.id}/subscriptions`, { friendlyName: nameInput.value.trim() }, { 'Idempotency-Key': newKey() });
      await post(apiPath`/v1/customers/${c.id}/subscriptions/${s.id}/registrations`, undefined, { 'Idempotency-Key': newKey() });
      await expand(c, details);
    });
  });
  return form;
}

/** {@code onAdded(customer)} shows the new customer in the list; the form is emptied for the next one. */
function addCustomerForm(onAdded) {
  const domain = h('input', { name: 'domain', required: true, placeholder: 'contoso-retail.example' });
  const company = h('input', { name: 'companyName', required: true });
  const country = select('country', ['US', 'GB', 'DE', 'FR', 'NL', 'CA', 'AU', 'JP'], 'US');
  const out = h('div');
  const button = h('button', { type: 'submit', id: 'add-customer' }, 'Add customer');
  const form = h('form', {}, h('div', { class: 'row' }, field('Domain', domain), field('Company name', company), field('Country', country), button), out);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!domain.value.trim() || !company.value.trim()) {
      clear(out, errorBox(new Error('Give the domain and the company name.')));
      return;
    }
    act(button, out, async () => {
      const c = await post('/v1/customers', { companyProfile: { domain: domain.value.trim() },
        billingProfile: { companyName: company.value.trim(), defaultAddress: { country: country.value } } }, { 'Idempotency-Key': newKey() });
      form.reset();
      await onAdded(c);
      clear(out, success(`Customer added: ${name(c)}. `, h('a', { href: pageLink`#/customers/${c.id}/buy` }, 'Add products for it')));
    });
  });
  return h('section', { class: 'card' }, h('h2', {}, 'Add a customer'), form);
}
