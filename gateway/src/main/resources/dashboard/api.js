// The only way the dashboard talks to the product: the public /v1 API with the signed-in user's token.

const TOKEN = 'rvi.token';

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function signIn(value) {
  sessionStorage.setItem(TOKEN, value);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('rvi.')) sessionStorage.removeItem(key);
  }
}

/** The token's claims as the page needs them: tenant, user, roles (the API checks them again on every call). */
export function who() {
  const t = token();
  if (!t) return null;
  try {
    const payload = JSON.parse(atob(t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    if (payload.exp && payload.exp * 1000 < Date.now()) return null;
    return { tenant: payload.tid, user: payload.sub, roles: payload.roles || [] };
  } catch (e) {
    return null;
  }
}

export function has(...roles) {
  const w = who();
  return !!w && roles.some(r => w.roles.includes(r));
}

const WORDS = {
  401: 'You are signed out (or your sign-in expired). Sign in again.',
  403: 'Your role may not do this.',
  404: 'It was not found, or it is not yours to see.',
  409: 'It changed meanwhile, or it is not in a state that allows this.',
  429: 'Too many requests just now; wait a moment and try again.',
  503: 'The service is busy or restarting; try again in a few seconds.',
  504: 'The service took too long to answer; try again.',
};

/**
 * The path itself when it is one of this service's, exactly as the browser will send it: same origin, under /v1/ or
 * /ui/, with no step (. or ..) for the browser to resolve into another path. Otherwise nothing is sent. Paths with ids
 * are built by paths.js (apiPath), which checks and encodes each id; this is the last check before the token leaves.
 */
export function checkedPath(path) {
  let url = null;
  try {
    url = new URL(path, location.origin);
  } catch (e) {
    url = null;
  }
  if (typeof path !== 'string' || !url || url.origin !== location.origin || `${url.pathname}${url.search}` !== path
    || !/^\/(v1|ui)\//.test(url.pathname)) {
    throw new ApiError(0, 'This page tried to call an address that is not part of the API; nothing was sent.');
  }
  return path;
}

/** A sales or helpdesk agent refused for want of access to a subscription: who can grant it, in words. */
function noAccess(said) {
  const me = who();
  return `You do not have access to this customer's subscription yet. Only an admin agent of your partner can grant it: ask one of `
    + `them to open Agent access in this dashboard and grant it to ${me ? me.user : 'you'}. (In the service's words: ${said.split(';')[0]}.)`;
}

export async function api(method, path, body, headers = {}) {
  checkedPath(path);
  const request = { method, headers: { Accept: 'application/json', ...headers } };
  const t = token();
  if (t) request.headers.Authorization = `Bearer ${t}`;
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, request);
  } catch (e) {
    throw new ApiError(0, 'The service could not be reached. Check your connection and try again.');
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    const said = json && (json.description || json.message);
    const detail = json && Array.isArray(json.data) && json.data.length ? ` (${json.data.join('; ')})` : '';
    const words = response.status === 403 && said && said.includes('no explicit access') ? noAccess(said) : said ? `${said}${detail}` : null;
    throw new ApiError(response.status, words || WORDS[response.status] || `The service answered ${response.status}.`, json);
  }
  return json;
}

export const get = path => api('GET', path);
export const post = (path, body, headers) => api('POST', path, body === undefined ? {} : body, headers);
export const patch = (path, body) => api('PATCH', path, body);
export const del = path => api('DELETE', path);

export function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}
