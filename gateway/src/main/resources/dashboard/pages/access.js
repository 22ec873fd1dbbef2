// Agent access: which sales and helpdesk agents may act on which of a customer's subscriptions. Admin agents grant and
// revoke; other roles are told who can.
import { api, del, get, has, who } from '../api.js';
import { act, clear, empty, errorBox, field, h, loading, select, success, table } from '../dom.js';
import { apiPath } from '../paths.js';
import { customerNames, when } from './listing.js';

const USER = /^[A-Za-z0-9@._-]{1,128}$/;

/** Why a sales or helpdesk agent cannot act, and who can change it: in words, for any page that is refused. */
export function whoCanGrant() {
  const me = who();
  return `Only an admin agent of your partner can give you access to this customer's subscriptions. Ask one of them to open `
    + `Agent access in this dashboard and grant access to ${me ? me.user : 'your user'}.`;
}

export async function accessPage(main) {
  if (!has('AdminAgent')) {
    clear(main, h('h1', {}, 'Agent access'),
      h('div', { class: 'card', id: 'access-read-only' }, h('p', {}, 'Sales and helpdesk agents buy and manage reservations only on the '
        + 'subscriptions an admin agent gave them access to.'), h('p', {}, whoCanGrant())));
    return;
  }
  clear(main, h('h1', {}, 'Agent access'), loading());
  const names = await customerNames();
  const customers = [...names].sort((a, b) => a[1].localeCompare(b[1]));
  const pick = select('customer', customers, sessionStorage.getItem('rvi.access.customer') || (customers[0] && customers[0][0]));
  pick.id = 'access-customer';
  const out = h('div', { id: 'access-list' });
  const show = async () => {
    sessionStorage.setItem('rvi.access.customer', pick.value);
    clear(out, loading());
    try {
      await render(out, pick.value);
    } catch (e) {
      clear(out, errorBox(e));
    }
  };
  pick.addEventListener('change', show);
  clear(main, h('h1', {}, 'Agent access'),
    h('p', { class: 'note' }, 'Admin agents see every subscription. A sales or helpdesk agent sees and acts on a subscription only once '
      + 'it is granted here; a reservation’s own roles are on its Access control tab.'),
    customers.length ? [h('div', { class: 'row' }, field('Customer', pick)), out] : empty('No customers yet.'));
  if (customers.length) await show();
}

async function render(out, c) {
  // A savings plan's line (unitType Benefit) has no access of its own: agents are given the Azure subscription it bills.
  const subs = (await get(apiPath`/v1/customers/${c}/subscriptions`)).items.filter(s => s.status !== 'deleted' && s.unitType !== 'Benefit');
  const grants = await Promise.all(subs.map(s => get(apiPath`/v1/customers/${c}/subscriptions/${s.id}/agentAccess`).then(p => p.items)));
  const rows = subs.flatMap((s, i) => grants[i].map(g => ({ ...g, subscription: s })));
  const result = h('div', { id: 'access-result', 'aria-live': 'polite' });
  const user = h('input', { id: 'grant-user', name: 'userId', placeholder: 'pat@contoso.example', size: 30, autocomplete: 'off' });
  const sub = select('subscriptionId', subs.map(s => [s.id, s.friendlyName]), subs[0] && subs[0].id);
  sub.id = 'grant-subscription';
  const grant = h('button', { type: 'submit', id: 'grant-access' }, 'Grant access');
  const form = h('form', { class: 'card', id: 'grant-form' }, h('h2', {}, 'Grant access'),
    h('div', { class: 'row' }, field('User', user, 'their sign-in name'), field('Subscription', sub), grant));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const id = user.value.trim();
    if (!USER.test(id)) {
      clear(result, errorBox(new Error('Type the user’s sign-in name (letters, digits, @ . _ -).')));
      user.focus();
      return;
    }
    act(grant, result, async () => {
      await api('PUT', apiPath`/v1/customers/${c}/subscriptions/${sub.value}/agentAccess/${id}`);
      await render(out, c);
      clear(document.getElementById('access-result'), success(`${id} now has access to ${sub.selectedOptions[0].textContent}.`));
    });
  });
  const revoke = g => {
    const b = h('button', { type: 'button', class: 'danger revoke', 'data-user': g.userId, 'data-subscription': g.subscriptionId,
      'aria-label': `Revoke ${g.userId} on ${g.subscription.friendlyName}` }, 'Revoke');
    b.addEventListener('click', () => act(b, result, async () => {
      await del(apiPath`/v1/customers/${c}/subscriptions/${g.subscriptionId}/agentAccess/${g.userId}`);
      await render(out, c);
      clear(document.getElementById('access-result'), success(`${g.userId} no longer has access to ${g.subscription.friendlyName}.`));
    }));
    return b;
  };
  clear(out, h('h2', {}, 'Who has what'), rows.length ? table([
    { label: 'User', value: g => g.userId },
    { label: 'Subscription', value: g => g.subscription.friendlyName },
    { label: 'Granted by', value: g => g.grantedBy },
    { label: 'Since', value: g => when(g.grantedAt) },
    { label: '', value: revoke },
  ], rows) : empty('No agent has explicit access to this customer’s subscriptions.'),
  subs.length ? form : empty('This customer has no subscription to grant access to.'), result);
}
