// Small DOM helpers. Everything the API says is put on the page as text, never as HTML.
import { day } from './format.js';

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'on') {
      for (const [event, handler] of Object.entries(value)) el.addEventListener(event, handler);
    } else if (key === 'class') {
      el.className = value;
    } else if (key in el && typeof value !== 'string') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function loading(what = 'Loading…') {
  return h('p', { class: 'loading', role: 'status' }, what);
}

/** An error from the API (or the network), in words, with what to do where we know it. */
export function errorBox(error) {
  const message = error && error.message ? error.message : String(error);
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, 'That did not work. '), message,
    error && error.status ? h('span', { class: 'note' }, ` (HTTP ${error.status})`) : null);
}

export function success(...children) {
  return h('div', { class: 'success', role: 'status' }, ...children);
}

export function empty(...children) {
  return h('div', { class: 'empty' }, ...children);
}

export function badge(text, kind = '') {
  return h('span', { class: `badge ${kind}` }, text);
}

/** A table: columns [{label, value(row) -> node|text, num}], stacked into cards at phone width. */
export function table(columns, rows, caption) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
    caption ? h('caption', { class: 'note' }, caption) : null,
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col', class: c.num ? 'num' : null }, c.label)))),
    h('tbody', {}, rows.map(row => h('tr', {}, columns.map(c => h('td', { 'data-label': c.label, class: c.num ? 'num' : null }, c.value(row))))))));
}

export function copyButton(text, label) {
  const button = h('button', { type: 'button', class: 'secondary', 'aria-label': `Copy ${label}` }, 'Copy');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch (e) {
      button.textContent = 'Select and copy';
    }
  });
  return button;
}

export function field(label, input, hint) {
  return h('label', {}, label, input, hint ? h('span', { class: 'note' }, hint) : null);
}

export function select(name, options, value) {
  return h('select', { name }, options.map(o => {
    const [v, text] = Array.isArray(o) ? o : [o, o];
    return h('option', { value: v, selected: v === value }, text);
  }));
}

/**
 * An applied scope and its subscription: [scope, subscription] selects, the subscription chosen (and sent) only for Single
 * scope. {@code options} are the scopes as [value, text], {@code subs} the subscriptions to choose from.
 */
export function scopePicker(options, scopeValue, subs, subValue, ids = []) {
  const scope = select('appliedScopeType', options, scopeValue);
  const sub = select('subscription', subs.map(s => [s.id, s.friendlyName]), subValue);
  if (ids[0]) scope.id = ids[0];
  if (ids[1]) sub.id = ids[1];
  const follow = () => { sub.disabled = scope.value === 'Shared'; };
  scope.addEventListener('change', follow);
  follow();
  return [scope, sub];
}

export function money(amount, currency) {
  if (amount === null || amount === undefined) return '—';
  const n = Number(amount);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'USD' }).format(n);
  } catch (e) {
    return `${n.toFixed(2)} ${currency || ''}`;
  }
}

/** An hourly amount such as a savings plan's commitment (0.091 an hour): up to four decimals, where money shows two. */
export function hourly(amount, currency) {
  if (amount === null || amount === undefined) return '—';
  const n = Number(amount);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'USD', maximumFractionDigits: 4 }).format(n);
  } catch (e) {
    return `${n} ${currency || ''}`;
  }
}

/** A day in the viewer's time zone, the UTC instant on hover (format.js's day). */
export function date(iso) {
  return day(iso);
}

/** Runs an action from a button: disabled while it runs, the answer or the error shown in {@code where}. */
export async function act(button, where, action) {
  button.disabled = true;
  const old = button.textContent;
  button.textContent = 'Working…';
  try {
    return await action();
  } catch (e) {
    clear(where, errorBox(e));
    return undefined;
  } finally {
    button.disabled = false;
    button.textContent = old;
  }
}
