// One list component for every collection of the API: its pages through links.next (the continuation token the API
// writes), Previous by the pages already seen, the count ("26–50 of 280"), the API's sort orders (column headers and
// a picker), a filter (the API's q= across all its pages where it has one, else of the rows shown), and "Export CSV" of
// exactly the rows shown, built here and downloaded as a Blob.
import { get } from './api.js';
import { clear, empty, errorBox, h, loading } from './dom.js';

const NUMBER = new Intl.NumberFormat();

/** A CSV cell, guarded as the server's CSV is (OWASP): a leading = + - @ tab or CR gets a ' first, then quoted as needed. */
export function csvCell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV of rows: a header of the columns' labels, a line per row of each column's text, CRLF, as spreadsheets read it. */
export function csvText(columns, rows) {
  const lines = [columns.map(c => csvCell(c.label)), ...rows.map(r => columns.map(c => csvCell(textOf(c, r))))];
  return `${lines.map(l => l.join(',')).join('\r\n')}\r\n`;
}

function textOf(column, row) {
  if (column.text) return column.text(row);
  const v = column.value(row);
  return v instanceof Node ? v.textContent : v;
}

/** A list's query: its own parameters, then sort= and q= when they are given. */
export function listParams(params, sort, q) {
  const out = { ...params };
  if (sort) out.sort = sort;
  if (q) out.q = q;
  return out;
}

/** The next page's path the API wrote, when it is one of ours (under /v1/). */
function nextOf(page) {
  const uri = page && page.links && page.links.next && page.links.next.uri;
  return typeof uri === 'string' && uri.startsWith('/v1/') ? uri : null;
}

/**
 * A paged list. {@code o.id} prefixes the ids of its parts (-count, -filter, -sort, -export, -prev, -next, -rows);
 * {@code o.path(sort, text)} is the first page's path for a sort order and, with {@code o.search}, the filter's text (the
 * API's q=, sent 300 ms after the last keystroke; without it the filter narrows the rows shown);
 * {@code o.columns} [{label, value(row) → node|text, text(row) → the CSV's and the filter's text, num, sort: [api values]}];
 * {@code o.sorts} [[api value, words]] the orders the API offers, {@code o.sort} the first; {@code o.render(rows)} draws
 * the rows another way than a table (the columns still make the CSV); {@code o.empty} what an empty list says;
 * {@code o.filename} the export's name. Returns the element and {@code reload()} (back to the first page).
 */
export function pagedTable(o) {
  let sort = o.sort || (o.sorts && o.sorts.length ? o.sorts[0][0] : null);
  let seen = [];
  let current = null;
  let offset = 0;
  let page = null;
  let shown = [];
  const count = h('p', { class: 'note list-count', id: `${o.id}-count`, role: 'status' });
  const filter = o.search
    ? h('input', { type: 'search', id: `${o.id}-filter`, placeholder: o.search === true ? 'text to find' : o.search, maxlength: 100,
      'aria-label': 'Find in the whole list' })
    : h('input', { type: 'search', id: `${o.id}-filter`, placeholder: 'text in any column', 'aria-label': 'Filter the rows shown' });
  let searched = '';
  let typing = null;
  const picker = o.sorts && o.sorts.length ? h('select', { id: `${o.id}-sort`, name: 'sort', 'aria-label': 'Sort by' },
    o.sorts.map(([v, words]) => h('option', { value: v, selected: v === sort }, words))) : null;
  const exportButton = h('button', { type: 'button', class: 'secondary', id: `${o.id}-export` }, 'Export CSV');
  const prev = h('button', { type: 'button', class: 'secondary', id: `${o.id}-prev` }, '← Previous');
  const next = h('button', { type: 'button', class: 'secondary', id: `${o.id}-next` }, 'Next →');
  const body = h('div', { id: `${o.id}-rows` });
  const pager = h('div', { class: 'row pager' }, prev, next);
  const tools = h('div', { class: 'row list-tools' },
    picker ? h('label', {}, 'Sort by', picker) : null, h('label', {}, o.search ? 'Find' : 'Filter', filter), exportButton);
  const element = h('div', { class: 'paged', id: o.id }, tools, count, body, pager);

  const matches = row => {
    if (o.search) return true;
    const q = filter.value.trim().toLowerCase();
    return !q || o.columns.some(c => String(textOf(c, row) ?? '').toLowerCase().includes(q));
  };

  const draw = () => {
    const items = page ? page.items : [];
    shown = items.filter(matches);
    const total = page && typeof page.totalCount === 'number' ? page.totalCount : offset + items.length;
    const range = items.length ? `${NUMBER.format(offset + 1)}–${NUMBER.format(offset + items.length)} of ${NUMBER.format(total)}`
      : `0 of ${NUMBER.format(total)}`;
    count.textContent = shown.length === items.length ? range : `${range} · ${NUMBER.format(shown.length)} shown match the filter`;
    prev.disabled = seen.length === 0;
    next.disabled = !nextOf(page);
    pager.hidden = prev.disabled && next.disabled;
    exportButton.disabled = shown.length === 0;
    if (items.length === 0 && searched) {
      clear(body, empty(`Nothing matches “${searched}”.`));
    } else if (items.length === 0) {
      clear(body, empty(o.empty || 'Nothing here yet.'));
    } else if (shown.length === 0) {
      clear(body, empty(`No row on this page matches “${filter.value.trim()}”.`));
    } else {
      clear(body, o.render ? [sortHeaders(), o.render(shown)] : tableOf(shown));
    }
  };

  const tableOf = rows => h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
    h('thead', {}, h('tr', {}, o.columns.map(c => h('th', { scope: 'col', class: c.num ? 'num' : null,
      'aria-sort': c.sort && c.sort.includes(sort) ? (sort.startsWith('-') ? 'descending' : 'ascending') : null }, header(c))))),
    h('tbody', {}, rows.map(row => h('tr', {}, o.columns.map(c => h('td', { 'data-label': c.label, class: c.num ? 'num' : null }, c.value(row))))))));

  // Lists drawn another way than a table keep the sortable columns' headers above their rows.
  const sortHeaders = () => {
    const sortable = o.columns.filter(c => c.sort);
    return sortable.length ? h('div', { class: 'row sort-headers', id: `${o.id}-headers` }, h('span', { class: 'muted' }, 'Sort:'),
      sortable.map(c => h('span', { 'aria-sort': c.sort.includes(sort) ? (sort.startsWith('-') ? 'descending' : 'ascending') : null }, header(c)))) : null;
  };

  const header = c => {
    if (!c.sort) return c.label;
    const on = c.sort.includes(sort);
    const b = h('button', { type: 'button', class: 'sort', 'data-sort': c.sort[0], title: `Sort by ${c.label.toLowerCase()}` },
      c.label, on ? (sort.startsWith('-') ? ' ▼' : ' ▲') : '');
    // A second click on a sorted column takes its other order, when the API has one.
    b.addEventListener('click', () => sortBy(on ? c.sort[(c.sort.indexOf(sort) + 1) % c.sort.length] : c.sort[0]));
    return b;
  };

  let asked = 0;
  const show = async (path, at) => {
    const mine = ++asked;
    current = path;
    offset = at;
    clear(body, loading());
    try {
      const answer = await get(path);
      // A later request (the next keystroke's, another sort) answers for the list; an earlier one is dropped.
      if (mine !== asked) return;
      page = answer;
    } catch (e) {
      if (mine !== asked) return;
      page = null;
      clear(body, errorBox(e));
      count.textContent = '';
      return;
    }
    draw();
  };

  const sortBy = value => {
    sort = value;
    if (picker) picker.value = value;
    reload();
  };

  const reload = () => {
    seen = [];
    searched = o.search ? filter.value.trim() : '';
    return show(o.path(sort, searched || null), 0);
  };

  filter.addEventListener('input', () => {
    if (!o.search) {
      draw();
      return;
    }
    clearTimeout(typing);
    typing = setTimeout(() => { if (filter.value.trim() !== searched) reload(); }, 300);
  });
  if (picker) picker.addEventListener('change', () => sortBy(picker.value));
  next.addEventListener('click', () => {
    const path = nextOf(page);
    if (!path) return;
    seen.push({ path: current, offset });
    show(path, offset + page.items.length);
  });
  prev.addEventListener('click', () => {
    const back = seen.pop();
    if (back) show(back.path, back.offset);
  });
  exportButton.addEventListener('click', () => {
    const blob = new Blob([`\ufeff${csvText(o.columns, shown)}`], { type: 'text/csv;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const a = h('a', { href, download: `${o.filename || o.id}.csv`, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60000);
  });
  return { element, reload, rows: () => shown };
}
