// What the lists across customers share: times in the viewer's zone (UTC on hover), customers by name, a page's links,
// and the CSV of what is shown.
import { get } from '../api.js';
import { h } from '../dom.js';

// Times are format.js's, as on every page.
export { day, when } from '../format.js';

/** The partner's customers by id (every page of them), for names where the API answers ids. */
export async function customerNames() {
  const names = new Map();
  let path = '/v1/customers?size=1000';
  for (let i = 0; path && i < 20; i++) {
    const page = await get(path);
    for (const c of page.items) names.set(c.id, c.companyProfile.companyName || c.companyProfile.domain);
    path = page.links && page.links.next ? page.links.next.uri : null;
  }
  return names;
}

/** The next page's path of a collection, when there is one (the API's own link, under /v1). */
export function nextPage(page) {
  const uri = page && page.links && page.links.next && page.links.next.uri;
  return typeof uri === 'string' && uri.startsWith('/v1/') ? uri : null;
}

function cell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A link that downloads rows as CSV: columns [{label, text(row)}]. */
export function csvLink(id, filename, columns, rows) {
  const lines = [columns.map(c => cell(c.label)).join(','), ...rows.map(r => columns.map(c => cell(c.text(r))).join(','))];
  // A data: address, not a blob: one, so that nothing outside connect-src is needed to read it back.
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(`\ufeff${lines.join('\r\n')}\r\n`)}`;
  return h('a', { class: 'button secondary', id, href, download: filename }, `Export ${rows.length} as CSV`);
}
