// Sign-in: with development keys, pick a demo partner (or the operator) and a role; with a configured issuer,
// OpenID Connect (authorization code with PKCE); otherwise paste a token.
import { ApiError, post, signIn } from '../api.js';
import { clear, errorBox, field, h, loading } from '../dom.js';

export async function signInPage(main) {
  clear(main, h('h1', {}, 'Sign in'), loading());
  let how;
  try {
    const response = await fetch('/ui/signIn.json');
    how = await response.json();
  } catch (e) {
    clear(main, h('h1', {}, 'Sign in'), errorBox(new ApiError(0, 'The service could not be reached.')));
    return;
  }
  const parts = [h('h1', {}, 'Sign in')];
  if (how.oidc) {
    parts.push(h('div', { class: 'card' }, h('p', {}, 'Sign in with your organisation’s account.'),
      h('button', { type: 'button', id: 'oidc-sign-in', on: { click: () => startOidc(how.oidc) } }, 'Sign in with your organisation')));
  }
  if (how.development) {
    parts.push(developmentSignIn(how));
  }
  if (!how.oidc && !how.development) {
    const area = h('textarea', { id: 'token', rows: 4, cols: 60, 'aria-label': 'Access token' });
    const out = h('div');
    parts.push(h('div', { class: 'card' }, h('p', {}, 'Paste an access token issued for this API.'), area,
      h('p', {}, h('button', { type: 'button', on: { click: () => {
        if (!area.value.trim()) {
          clear(out, errorBox(new Error('Paste a token first.')));
          return;
        }
        signIn(area.value.trim());
        location.hash = '#/';
      } } }, 'Use this token')), out));
  }
  clear(main, ...parts);
}

function developmentSignIn(how) {
  let chosen = null;
  const roles = h('fieldset', { class: 'row' }, h('legend', {}, 'Role'));
  const user = h('input', { id: 'user', name: 'user', placeholder: 'optional, e.g. sales.agent@contoso.example' });
  const out = h('div');
  const submit = h('button', { type: 'button', id: 'sign-in', disabled: true }, 'Sign in');
  const tenantButtons = how.tenants.map(t => {
    const b = h('button', { type: 'button', 'aria-pressed': 'false', 'data-tenant': t.tenantId, 'data-name': t.name },
      h('strong', {}, t.name), h('br'), h('span', { class: 'note' }, t.kind === 'operator' ? 'operator' : t.type));
    b.addEventListener('click', () => {
      chosen = t;
      tenantButtons.forEach(x => x.setAttribute('aria-pressed', String(x === b)));
      const list = t.kind === 'operator' ? how.operatorRoles : how.partnerRoles;
      clear(roles, h('legend', {}, 'Role'), list.map((r, i) => h('label', { class: 'inline' },
        h('input', { type: 'radio', name: 'role', value: r, checked: i === 0 }), ` ${r}`)));
      submit.disabled = false;
    });
    return b;
  });
  submit.addEventListener('click', async () => {
    const role = roles.querySelector('input[name=role]:checked');
    if (!chosen || !role) return;
    try {
      const body = { tenantId: chosen.tenantId, roles: [role.value] };
      if (user.value.trim()) body.userId = user.value.trim();
      const answer = await post('/ui/devToken', body);
      signIn(answer.token);
      location.hash = '#/';
    } catch (e) {
      clear(out, errorBox(e));
    }
  });
  return h('div', { class: 'card' },
    h('p', {}, 'Development sign-in: this installation uses its development keys. Choose who you are.'),
    h('h2', {}, 'Partner'), h('div', { class: 'tenants', id: 'tenants' }, tenantButtons),
    roles, field('User (optional)', user), h('p', {}, submit), out);
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function startOidc(oidc) {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem('rvi.oidc', JSON.stringify({ verifier, state, tokenUrl: oidc.tokenUrl, clientId: oidc.clientId }));
  const url = new URL(oidc.authorizeUrl);
  url.search = new URLSearchParams({ response_type: 'code', client_id: oidc.clientId, redirect_uri: `${location.origin}/`,
    scope: oidc.scope, code_challenge: challenge, code_challenge_method: 'S256', state }).toString();
  location.assign(url.toString());
}

/** Back from the identity provider with ?code=&state=: the code is exchanged for the token (PKCE), once. */
export async function completeOidc() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code')) return false;
  const pending = JSON.parse(sessionStorage.getItem('rvi.oidc') || 'null');
  sessionStorage.removeItem('rvi.oidc');
  history.replaceState(null, '', '/#/signin');
  const main = document.getElementById('main');
  if (!pending || pending.state !== params.get('state')) {
    clear(main, h('h1', {}, 'Sign in'), errorBox(new Error('The sign-in did not come back from where it was sent; start again.')));
    return true;
  }
  try {
    const response = await fetch(pending.tokenUrl, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: `${location.origin}/`,
        client_id: pending.clientId, code_verifier: pending.verifier }) });
    const answer = await response.json();
    if (!response.ok || !answer.access_token) throw new Error(answer.error_description || 'The identity provider refused the sign-in.');
    signIn(answer.access_token);
    location.hash = '#/';
  } catch (e) {
    clear(main, h('h1', {}, 'Sign in'), errorBox(e));
  }
  return true;
}
