// Every address with an id in it — an API path or a link to a page — is built here, never by pasting text into a URL.
// A page's route parameters come from the address bar, which anyone can write (a link in a mail or a chat): pasted into
// a path, a "customer id" of ../../v1/admin/partners?x= would make the page call another API with the user's token.
// So each value is checked to be an id first, and then encoded.

/**
 * An id as the API writes them in paths: UUIDs (customers, subscriptions, orders, carts, reservation orders,
 * reservations, support requests), invoice ids such as OT-202501-USD, user ids such as pat@contoso.example — the
 * gateway's own path-id alphabet (letters, digits, @ . _ -), at most 128 characters, starting with a letter or a digit,
 * so never "." or "..", which a browser would resolve as a step up the path even when encoded (%2e%2e).
 */
const ID = /^[A-Za-z0-9][A-Za-z0-9@._-]{0,127}$/;

/** A value that is not an id where the dashboard needs one: the link is not valid, and nothing is asked of the API. */
export class InvalidLink extends Error {
  constructor(value, noun = 'id') {
    const shown = String(value);
    super(`“${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}” is not a valid ${noun}.`);
    this.name = 'InvalidLink';
  }
}

export function isId(value) {
  return typeof value === 'string' && ID.test(value);
}

/** The value itself when it is an id; otherwise an {@link InvalidLink}. */
export function id(value) {
  if (!isId(value)) throw new InvalidLink(value);
  return value;
}

function build(strings, values) {
  return strings.reduce((out, text, i) => out + text + (i < values.length ? encodeURIComponent(id(values[i])) : ''), '');
}

/** An API path: apiPath`/v1/customers/${customerId}/reservations?size=100`; each value is checked as an id and encoded. */
export function apiPath(strings, ...values) {
  return build(strings, values);
}

/** A link to a page of the dashboard: pageLink`#/customers/${c.id}/buy`, built the same way. */
export function pageLink(strings, ...values) {
  return build(strings, values);
}

/** A path with its query: each parameter encoded by URLSearchParams. */
export function withQuery(path, params) {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * A route's parameters as they came in the address bar (still percent-encoded), decoded and each checked by its rule
 * (by default: an id; a rule may name what it checks as its noun): { values } when all are valid, else { invalid, noun }
 * for the first that is not (the page is then not shown, and it asks nothing of the API).
 */
export function routeParameters(raw, rules = []) {
  const out = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === undefined) {
      out.push(undefined);
      continue;
    }
    const rule = rules[i] || isId;
    const noun = rule.noun || 'id';
    let value;
    try {
      value = decodeURIComponent(raw[i]);
    } catch (e) {
      return { invalid: raw[i], noun };
    }
    if (!rule(value)) return { invalid: value, noun };
    out.push(value);
  }
  return { values: out };
}
