// Price lists: what the partner charges the tier below it (an indirect provider its resellers, a reseller or a direct
// partner its customers). The lists with their rules, fixed prices and assignments; an editor whose Preview shows the
// draft's old and new prices and margins (a clear warning for any below cost) before Save; assignments from a day to a
// day; every version's history. Admin agents edit, sales agents read, other roles have no such page.
import { api, del, get, has, post } from '../api.js';
import { percent } from '../amounts.js';
import { confirmAct } from '../confirm.js';
import { act, badge, clear, empty, errorBox, field, h, loading, money, select, success, table } from '../dom.js';
import { when } from '../format.js';
import { organization } from '../names.js';
import { apiPath, pageLink, withQuery } from '../paths.js';
import { pagedTable } from '../table.js';
import { customerNames } from './listing.js';

const TERMS = [['', 'any term'], ['P1Y', '1 year'], ['P3Y', '3 years']];
const KINDS = [['', 'any product'], ['reservation', 'Reserved VM instances'], ['savingsPlan', 'Savings plans']];
const CHANGES = { created: 'Created', updated: 'Changed', assigned: 'Assigned', unassigned: 'Assignment removed' };
const PREVIEW_SIZE = 50;
// What a message shown after a change says on the page it leads to (Saved, Assigned).
let flash = null;

/** A price list page is for admin agents (who edit) and sales agents (who read) only. */
function allowed() {
  return has('AdminAgent', 'SalesAgent');
}

function refused(main) {
  clear(main, h('h1', {}, 'Price lists'), h('div', { class: 'card', id: 'price-lists-refused' },
    h('p', {}, 'Price lists are kept by your partner’s admin agents and read by its sales agents. Your role has no price lists to see.')));
}

function readOnlyNote() {
  return h('p', { class: 'note', id: 'price-lists-read-only' }, 'You can read these lists. Only an admin agent of your partner can change or assign them.');
}

/** The partner's market: its country and currency (the catalog's currency there), for a new list and the pickers. */
async function market() {
  const org = await organization();
  const country = (org && org.country) || 'US';
  let currency = 'USD';
  try {
    const page = await get(withQuery('/v1/reservedInstances', { country, size: '1' }));
    if (page.items.length && page.items[0].currencyCode) currency = page.items[0].currencyCode;
  } catch (e) {
    // The catalog could not be read: USD is offered, and the API names the currency if it is not the market's.
  }
  return { country, currency, provider: !!org && org.partnerType === 'indirectProvider' };
}

/**
 * Whom the partner's lists can price, as [id, name]: a provider's resellers (its relationships), otherwise its
 * customers (every page of them). Empty when they cannot be read.
 */
async function assignees(provider) {
  try {
    if (provider) {
      const page = await get('/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf');
      return page.items.map(r => [r.id, r.name]);
    }
    return [...(await customerNames())].sort((a, b) => a[1].localeCompare(b[1]));
  } catch (e) {
    return [];
  }
}

function assigneeWords(a, names) {
  if (a.assignee === 'reseller' || a.resellerId) return `Reseller ${names.get(a.resellerId) || a.resellerId}`;
  if (a.assignee === 'customer' || a.customerId) return `Customer ${names.get(a.customerId) || a.customerId}`;
  return 'Default (everyone without a list of their own)';
}

function days(a) {
  return a.effectiveTo ? `${a.effectiveFrom} to ${a.effectiveTo}` : `from ${a.effectiveFrom}`;
}

/** "+8.0 % markup", "−5.0 % discount". */
function percentWords(value) {
  const n = Number(value);
  if (n > 0) return `+${percent(n)} markup`;
  if (n < 0) return `${percent(n)} discount`;
  return `${percent(0)} (the cost)`;
}

function ruleScope(rule) {
  const parts = [rule.productKind ? (KINDS.find(k => k[0] === rule.productKind) || [null, rule.productKind])[1] : null,
    rule.series ? `series ${rule.series}` : null, rule.armRegionName ? `in ${rule.armRegionName}` : null,
    rule.term ? (TERMS.find(t => t[0] === rule.term) || [null, rule.term])[1] : null].filter(Boolean);
  return parts.length ? parts.join(', ') : 'everything';
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

// ---- The list of lists -------------------------------------------------------------------------------------------

export async function priceListsPage(main) {
  if (!allowed()) {
    refused(main);
    return;
  }
  clear(main, h('h1', {}, 'Price lists'), loading());
  const { provider } = await market();
  const names = new Map(await assignees(provider));
  const list = pagedTable({
    id: 'price-lists', filename: 'price-lists',
    path: () => '/v1/priceLists?size=50',
    empty: has('AdminAgent') ? 'No price lists yet: until one is assigned, the tier below you pays your cost.' : 'No price lists yet.',
    columns: [
      { label: 'Name', value: l => h('a', { href: pageLink`#/priceLists/${l.id}`, class: 'price-list-link', 'data-id': l.id }, l.name), text: l => l.name },
      { label: 'Currency', value: l => l.currency },
      { label: 'Rules', value: l => String(l.rules.length), text: l => l.rules.length, num: true },
      { label: 'Fixed prices', value: l => String(l.fixedPrices.length), text: l => l.fixedPrices.length, num: true },
      { label: 'Assigned to', value: l => (l.assignments.length ? h('ul', { class: 'plain' }, l.assignments.map(a => h('li', {}, `${assigneeWords(a, names)}, ${days(a)}`)))
        : h('span', { class: 'muted' }, 'not assigned')), text: l => l.assignments.map(a => `${assigneeWords(a, names)} ${days(a)}`).join('; ') },
      { label: 'Version', value: l => String(l.version), text: l => l.version, num: true },
      { label: 'Updated', value: l => when(l.updatedAt), text: l => l.updatedAt },
    ],
  });
  clear(main, h('h1', {}, 'Price lists'),
    h('p', { class: 'note' }, provider ? 'What your resellers pay you: markups or discounts over your cost, and fixed prices.'
      : 'What your customers pay you: markups or discounts over your cost, and fixed prices.'),
    has('AdminAgent') ? h('p', {}, h('a', { class: 'button', id: 'new-price-list', href: '#/priceLists/new' }, 'New price list')) : readOnlyNote(),
    list.element);
  await list.reload();
}

// ---- One list: rules, fixed prices, assignments, history -----------------------------------------------------------

/** A fixed price's item in words ("Standard_D4s_v5 West US 3 3 years"), from its SKU; its id when that cannot be read. */
async function itemTitle(catalogItemId, country) {
  const [productId, skuId] = String(catalogItemId).split(':');
  try {
    const sku = await get(withQuery(apiPath`/v1/products/${productId}/skus/${skuId}`, { country }));
    return sku.title;
  } catch (e) {
    return catalogItemId;
  }
}

export async function priceListPage(main, id) {
  if (!allowed()) {
    refused(main);
    return;
  }
  clear(main, h('h1', {}, 'Price list'), loading());
  const [list, revisions, m] = await Promise.all([get(apiPath`/v1/priceLists/${id}`), get(apiPath`/v1/priceLists/${id}/revisions`), market()]);
  const provider = list.audience === 'resellers';
  const people = await assignees(provider);
  const names = new Map(people);
  const titles = await Promise.all(list.fixedPrices.map(f => itemTitle(f.catalogItemId, m.country)));
  const admin = has('AdminAgent');
  const result = h('div', { id: 'price-list-result', 'aria-live': 'polite' });
  if (flash) {
    clear(result, success(flash));
    flash = null;
  }
  const remove = a => {
    const b = h('button', { type: 'button', class: 'danger remove-assignment', 'data-assignment': a.id,
      'aria-label': `Remove the assignment: ${assigneeWords(a, names)}, ${days(a)}` }, 'Remove');
    b.addEventListener('click', () => act(b, result, async () => {
      const yes = await confirmAct({
        title: 'Remove this assignment?',
        facts: [['Price list', list.name], ['For', assigneeWords(a, names)], ['Days', days(a)]],
        notes: ['From now on they pay what they would without this list (another list assigned to them, the default list, or your cost). '
          + 'What was bought keeps its price.'],
        accept: 'Remove the assignment', danger: true,
      });
      if (!yes) return;
      await del(apiPath`/v1/priceLists/${list.id}/assignments/${a.id}`);
      flash = `The assignment for ${assigneeWords(a, names)} is removed.`;
      await priceListPage(main, id);
    }));
    return b;
  };
  clear(main, h('p', {}, h('a', { href: '#/priceLists' }, '← All price lists')),
    h('h1', {}, `Price list — ${list.name}`), admin ? null : readOnlyNote(), result,
    h('dl', { class: 'props', id: 'price-list-facts' },
      h('dt', {}, 'Prices'), h('dd', {}, provider ? 'your resellers' : 'your customers'),
      h('dt', {}, 'Currency'), h('dd', {}, list.currency),
      h('dt', {}, 'Below cost'), h('dd', {}, list.allowNegativeMargin ? 'allowed' : 'refused'),
      h('dt', {}, 'Version'), h('dd', { id: 'price-list-version' }, String(list.version)),
      h('dt', {}, 'Updated'), h('dd', {}, when(list.updatedAt), ` by ${list.updatedBy}`),
      h('dt', {}, 'Created'), h('dd', {}, when(list.createdAt), ` by ${list.createdBy}`)),
    admin ? h('p', {}, h('a', { class: 'button', id: 'edit-price-list', href: pageLink`#/priceLists/${list.id}/edit` }, 'Edit rules and prices')) : null,
    h('h2', {}, 'Rules'),
    h('p', { class: 'note' }, 'The most specific rule that matches an item prices it; a fixed price wins over every rule.'),
    list.rules.length ? h('div', { id: 'price-list-rules' }, table([
      { label: 'Rule', value: r => String(list.rules.indexOf(r) + 1) },
      { label: 'Change', value: r => percentWords(r.percent) },
      { label: 'Applies to', value: ruleScope },
    ], list.rules)) : empty('No rules: items without a fixed price are sold at your cost.'),
    h('h2', {}, 'Fixed prices'),
    list.fixedPrices.length ? h('div', { id: 'price-list-fixed' }, table([
      { label: 'Item', value: f => titles[list.fixedPrices.indexOf(f)] },
      { label: 'Price', value: f => money(f.price, list.currency), num: true },
    ], list.fixedPrices)) : empty('No fixed prices.'),
    h('h2', {}, 'Assignments'),
    list.assignments.length ? h('div', { id: 'price-list-assignments' }, table([
      { label: 'For', value: a => h('span', { class: 'assignee' }, assigneeWords(a, names)) },
      { label: 'Days', value: days },
      { label: 'By', value: a => a.createdBy },
      ...(admin ? [{ label: '', value: remove }] : []),
    ], list.assignments)) : empty('Not assigned: this list prices nothing yet.'),
    admin ? assignForm(main, list, provider, people) : null,
    h('h2', {}, 'History'),
    revisions.items.length ? h('div', { id: 'price-list-history' }, table([
      { label: 'Version', value: x => String(x.version) },
      { label: 'Change', value: x => CHANGES[x.change] || x.change },
      { label: 'By', value: x => x.changedBy },
      { label: 'When', value: x => when(x.changedAt) },
      { label: 'What', value: x => x.detail },
    ], revisions.items)) : empty('No history.'));
}

function assignForm(main, list, provider, people) {
  const out = h('div', { id: 'assign-result', 'aria-live': 'polite' });
  const who = select(provider ? 'resellerId' : 'customerId', [['', 'Default: everyone without a list of their own'],
    ...people.map(([id, name]) => [id, provider ? `Reseller ${name}` : `Customer ${name}`])], '');
  who.id = 'assign-to';
  who.dataset.field = provider ? 'resellerId' : 'customerId';
  const from = h('input', { type: 'date', id: 'assign-from', name: 'effectiveFrom', value: today(), required: true, 'data-field': 'effectiveFrom' });
  const to = h('input', { type: 'date', id: 'assign-to-day', name: 'effectiveTo', 'data-field': 'effectiveTo' });
  const button = h('button', { type: 'submit', id: 'assign' }, 'Assign');
  const form = h('form', { class: 'card', id: 'assign-form' }, h('h3', {}, 'Assign this list'),
    h('div', { class: 'row' }, field('For', who), field('From', from, 'the first day it prices'), field('Until', to, 'optional: the last day'), button),
    out);
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearFieldErrors(form);
    act(button, out, async () => {
      const body = { effectiveFrom: from.value };
      if (to.value) body.effectiveTo = to.value;
      if (who.value) body[provider ? 'resellerId' : 'customerId'] = who.value;
      try {
        await post(apiPath`/v1/priceLists/${list.id}/assignments`, body);
      } catch (e) {
        showError(out, form, e);
        return;
      }
      flash = `Assigned: ${who.selectedOptions[0].textContent}, ${to.value ? `${from.value} to ${to.value}` : `from ${from.value}`}.`;
      await priceListPage(main, list.id);
    });
  });
  return form;
}

// ---- Errors that name a field ---------------------------------------------------------------------------------------

/** The field a refusal names at the start of its description ("rules[0].percent ...", "name is required"), or null. */
export function namedField(error) {
  const said = error && error.body && typeof error.body.description === 'string' ? error.body.description : error && error.message;
  const match = /^\s*((?:rules|fixedPrices)\[\d+\](?:\.[A-Za-z]+)?|name|currency|allowNegativeMargin|version|effectiveFrom|effectiveTo|resellerId|customerId)\b/
    .exec(String(said || ''));
  return match ? match[1] : null;
}

function clearFieldErrors(form) {
  form.querySelectorAll('[aria-invalid="true"]').forEach(el => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach(el => el.remove());
}

/** The API's refusal in {@code where}; the input of the field it names marked, its words beside it, and focused. */
function showError(where, form, error) {
  const name = namedField(error);
  const input = name ? form.querySelector(`[data-field="${CSS.escape(name)}"]`)
    || form.querySelector(`[data-field="${CSS.escape(name.replace(/\.[A-Za-z]+$/, ''))}"]`) : null;
  clear(where, errorBox(error), name ? h('p', { class: 'note', id: 'error-field' }, `The field: ${name}`) : null);
  if (input) {
    const note = h('span', { class: 'field-error', id: `error-${name.replace(/[^A-Za-z0-9]/g, '-')}`, role: 'alert' }, error.message);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', note.id);
    input.after(note);
    input.focus();
  }
}

// ---- The editor -------------------------------------------------------------------------------------------------

/** The catalog's series (one product per series) and the market's regions, for the rule pickers; none when unreadable. */
async function pickers(country) {
  const [products, regions] = await Promise.all([
    get(withQuery('/v1/products', { country })).then(p => p.items).catch(() => []),
    get(withQuery('/v1/regions', { country })).then(p => p.items).catch(() => []),
  ]);
  const series = [...new Set(products.map(p => p.series).filter(Boolean))].sort();
  return { series, regions };
}

export async function newPriceListPage(main) {
  return editor(main, null);
}

export async function editPriceListPage(main, id) {
  return editor(main, id);
}

async function editor(main, id) {
  if (!has('AdminAgent')) {
    if (!allowed()) {
      refused(main);
      return;
    }
    clear(main, h('h1', {}, 'Price lists'), readOnlyNote(), h('p', {}, h('a', { href: id ? pageLink`#/priceLists/${id}` : '#/priceLists' }, 'Back to the list')));
    return;
  }
  clear(main, h('h1', {}, id ? 'Edit price list' : 'New price list'), loading());
  const m = await market();
  const [list, choices, people] = await Promise.all([id ? get(apiPath`/v1/priceLists/${id}`) : null, pickers(m.country), assignees(m.provider)]);
  const titles = list ? await Promise.all(list.fixedPrices.map(f => itemTitle(f.catalogItemId, m.country))) : [];
  const draft = {
    rules: list ? list.rules.map(r => ({ ...r })) : [{ percent: '' }],
    fixed: list ? list.fixedPrices.map((f, i) => ({ catalogItemId: f.catalogItemId, price: String(f.price), title: titles[i] })) : [],
  };
  const name = h('input', { id: 'list-name', name: 'name', maxlength: 100, required: true, value: list ? list.name : '', 'data-field': 'name', size: 30 });
  const currency = h('input', { id: 'list-currency', name: 'currency', maxlength: 3, size: 4, value: list ? list.currency : m.currency,
    'data-field': 'currency', autocomplete: 'off' });
  const negative = h('input', { type: 'checkbox', id: 'list-negative', name: 'allowNegativeMargin', checked: !!(list && list.allowNegativeMargin),
    'data-field': 'allowNegativeMargin' });
  const rules = h('div', { id: 'rules' });
  const fixed = h('div', { id: 'fixed-prices' });
  const out = h('div', { id: 'editor-result', 'aria-live': 'polite' });
  const preview = h('div', { id: 'preview', 'aria-live': 'polite' });
  const form = h('form', { id: 'price-list-form', novalidate: true });

  const drawRules = () => clear(rules, draft.rules.length ? draft.rules.map((r, i) => ruleRow(r, i)) : empty('No rules: items without a fixed price sell at your cost.'));
  const ruleRow = (r, i) => {
    const pct = h('input', { type: 'number', step: '0.01', min: -100, max: 1000, size: 7, value: r.percent ?? '', id: `rule-${i}-percent`,
      'data-field': `rules[${i}].percent`, 'aria-label': `Rule ${i + 1}: percent over your cost` });
    pct.addEventListener('input', () => { r.percent = pct.value; });
    const pick = (key, options, label) => {
      const s = select(key, options, r[key] || '');
      s.id = `rule-${i}-${key}`;
      s.dataset.field = `rules[${i}].${key}`;
      s.setAttribute('aria-label', `Rule ${i + 1}: ${label}`);
      s.addEventListener('change', () => { r[key] = s.value || null; });
      return s;
    };
    const series = choices.series.length ? pick('series', [['', 'any series'], ...choices.series.map(s => [s, s]), ...(r.series && !choices.series.includes(r.series) ? [[r.series, r.series]] : [])], 'series')
      : textPick(r, i, 'series', 'e.g. Dsv5');
    const region = choices.regions.length ? pick('armRegionName', [['', 'any region'], ...choices.regions.map(g => [g.name, `${g.displayName} (${g.name})`]),
      ...(r.armRegionName && !choices.regions.some(g => g.name === r.armRegionName) ? [[r.armRegionName, r.armRegionName]] : [])], 'region')
      : textPick(r, i, 'armRegionName', 'e.g. eastus');
    const remove = h('button', { type: 'button', class: 'secondary', id: `rule-${i}-remove`, 'aria-label': `Remove rule ${i + 1}` }, 'Remove');
    remove.addEventListener('click', () => { draft.rules.splice(i, 1); drawRules(); });
    return h('fieldset', { class: 'card rule', 'data-rule': i }, h('legend', {}, `Rule ${i + 1}`),
      h('div', { class: 'row' }, field('Percent', pct, '+ markup, − discount'), field('Product', pick('productKind', KINDS, 'product')),
        field('Series', series), field('Region', region), field('Term', pick('term', TERMS, 'term')), remove));
  };
  const textPick = (r, i, key, placeholder) => {
    const input = h('input', { name: key, id: `rule-${i}-${key}`, placeholder, value: r[key] || '', size: 10, 'data-field': `rules[${i}].${key}` });
    input.addEventListener('input', () => { r[key] = input.value.trim() || null; });
    return input;
  };

  const drawFixed = () => clear(fixed, draft.fixed.length ? table([
    { label: 'Item', value: f => f.title || f.catalogItemId },
    { label: 'Price', value: f => {
      const i = draft.fixed.indexOf(f);
      const input = h('input', { type: 'number', step: '0.01', min: 0, size: 9, value: f.price, id: `fixed-${i}-price`, 'data-field': `fixedPrices[${i}].price`,
        'aria-label': `Fixed price of ${f.title || f.catalogItemId}` });
      input.addEventListener('input', () => { f.price = input.value; });
      return input;
    } },
    { label: '', value: f => {
      const i = draft.fixed.indexOf(f);
      const b = h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove the fixed price of ${f.title || f.catalogItemId}`,
        'data-field': `fixedPrices[${i}]` }, 'Remove');
      b.addEventListener('click', () => { draft.fixed.splice(i, 1); drawFixed(); });
      return b;
    } },
  ], draft.fixed) : empty('No fixed prices.'));

  const addRule = h('button', { type: 'button', class: 'secondary', id: 'add-rule' }, 'Add rule');
  addRule.addEventListener('click', () => {
    draft.rules.push({ percent: '' });
    drawRules();
    document.getElementById(`rule-${draft.rules.length - 1}-percent`).focus();
  });
  const fixedForm = fixedPicker(m, choices, fixed, entry => {
    if (draft.fixed.some(f => f.catalogItemId === entry.catalogItemId)) return false;
    draft.fixed.push(entry);
    drawFixed();
    return true;
  });

  const body = () => {
    const b = {
      name: name.value.trim(), currency: currency.value.trim().toUpperCase(), allowNegativeMargin: negative.checked,
      rules: draft.rules.map(r => {
        const rule = { percent: r.percent === '' || r.percent === undefined || r.percent === null ? null : String(r.percent) };
        for (const key of ['productKind', 'series', 'armRegionName', 'term']) if (r[key]) rule[key] = r[key];
        return rule;
      }),
      fixedPrices: draft.fixed.map(f => ({ catalogItemId: f.catalogItemId, price: f.price === '' ? null : String(f.price) })),
    };
    if (list) b.version = list.version;
    return b;
  };
  // A rule without a percent is named here, in the words the API would use, before anything is sent.
  const checkDraft = b => {
    const missing = b.rules.findIndex(r => r.percent === null);
    if (missing >= 0) return Object.assign(new Error(`rules[${missing}].percent is required: type the percent (10 for a 10 % markup, -5 for a 5 % discount)`),
      { body: { description: `rules[${missing}].percent is required` } });
    const price = b.fixedPrices.findIndex(f => f.price === null);
    if (price >= 0) return Object.assign(new Error(`fixedPrices[${price}].price is required`), { body: { description: `fixedPrices[${price}].price is required` } });
    return null;
  };

  const changedOnly = h('input', { type: 'checkbox', id: 'preview-changed', name: 'changedOnly' });
  const negativeOnly = h('input', { type: 'checkbox', id: 'preview-negative', name: 'negativeOnly' });
  const compare = select('compareWith', [['', m.provider ? 'the default list (resellers without their own)' : 'the default list (customers without their own)'],
    ...people.map(([pid, pname]) => [pid, pname])], '');
  compare.id = 'preview-for';
  const previewButton = h('button', { type: 'button', id: 'preview-button', class: 'secondary' }, 'Preview');
  const save = h('button', { type: 'submit', id: 'save-price-list' }, 'Save');

  previewButton.addEventListener('click', () => {
    clearFieldErrors(form);
    clear(out);
    const b = body();
    const bad = checkDraft(b);
    if (bad) {
      showError(out, form, bad);
      return;
    }
    const params = { size: String(PREVIEW_SIZE) };
    if (changedOnly.checked) params.changedOnly = 'true';
    if (negativeOnly.checked) params.negativeOnly = 'true';
    if (compare.value) params[m.provider ? 'resellerId' : 'customerId'] = compare.value;
    act(previewButton, out, () => showPreview(preview, withQuery('/v1/priceLists/preview', params), b, negative.checked)
      .catch(e => { clear(preview); showError(out, form, e); }));
  });

  form.addEventListener('submit', event => {
    event.preventDefault();
    clearFieldErrors(form);
    clear(out);
    const b = body();
    const bad = checkDraft(b);
    if (bad) {
      showError(out, form, bad);
      return;
    }
    act(save, out, async () => {
      let saved;
      try {
        saved = list ? await api('PUT', apiPath`/v1/priceLists/${list.id}`, b) : await post('/v1/priceLists', b);
      } catch (e) {
        if (e.status === 409 && list) {
          const reload = h('button', { type: 'button', id: 'reload-price-list', class: 'secondary' }, 'Reload the list');
          reload.addEventListener('click', () => editor(main, id));
          clear(out, h('div', { class: 'error', role: 'alert', id: 'stale-version' }, h('strong', {}, 'Someone changed this list since you opened it. '),
            'Reload it to see their change, then make yours again; nothing of yours was saved. ', h('span', { class: 'note' }, `(${e.message})`), ' ', reload));
          return;
        }
        showError(out, form, e);
        return;
      }
      flash = list ? `Saved: version ${saved.version}.` : `Price list “${saved.name}” created (version ${saved.version}). Assign it below to put it in force.`;
      location.hash = pageLink`#/priceLists/${saved.id}`;
    });
  });

  clear(form,
    h('div', { class: 'row' }, field('Name', name), field('Currency', currency, 'of your market'),
      h('label', { class: 'check' }, h('span', {}, negative, ' Allow prices below my cost'), h('span', { class: 'note' }, 'otherwise Save refuses a list that sells anything at a loss'))),
    h('h2', {}, 'Rules'),
    h('p', { class: 'note' }, 'A percent over your cost: 10 is a 10 % markup, -5 a 5 % discount. The most specific rule that matches an item prices it.'),
    rules, h('p', {}, addRule),
    h('h2', {}, 'Fixed prices'), fixed, fixedForm,
    h('h2', {}, 'Preview and save'),
    h('div', { class: 'row' }, field('Compare with the prices in force for', compare),
      h('label', { class: 'check' }, h('span', {}, changedOnly, ' Only prices that change')),
      h('label', { class: 'check' }, h('span', {}, negativeOnly, ' Only prices below cost'))),
    h('p', { class: 'row' }, previewButton, save, h('a', { href: list ? pageLink`#/priceLists/${list.id}` : '#/priceLists' }, 'Cancel')),
    out, preview);
  clear(main, h('p', {}, h('a', { href: '#/priceLists' }, '← All price lists')),
    h('h1', {}, list ? `Edit price list — ${list.name}` : 'New price list'),
    list ? h('p', { class: 'note' }, `Version ${list.version}. Saving makes version ${list.version + 1}; assignments stay as they are.`) : null,
    form);
  drawRules();
  drawFixed();
}

/** Finds one catalog item by size, region and term (the reserved-instance search) and hands it to {@code add}. */
function fixedPicker(m, choices, fixedTable, add) {
  const size = h('input', { id: 'fixed-size', name: 'armSkuName', placeholder: 'e.g. Standard_D2s_v5', size: 18 });
  const region = choices.regions.length ? select('armRegionName', choices.regions.map(g => [g.name, `${g.displayName} (${g.name})`]), choices.regions[0].name)
    : h('input', { name: 'armRegionName', placeholder: 'eastus', size: 10 });
  region.id = 'fixed-region';
  const term = select('term', [['P1Y', '1 year'], ['P3Y', '3 years']], 'P1Y');
  term.id = 'fixed-term';
  const price = h('input', { type: 'number', step: '0.01', min: 0, size: 9, id: 'fixed-price', name: 'price' });
  const button = h('button', { type: 'button', class: 'secondary', id: 'add-fixed' }, 'Add fixed price');
  const out = h('div', { id: 'fixed-result', 'aria-live': 'polite' });
  button.addEventListener('click', () => act(button, out, async () => {
    clear(out);
    if (!size.value.trim() || price.value === '') throw new Error('Type the size and the price first.');
    const page = await get(withQuery('/v1/reservedInstances', { country: m.country, armSkuName: size.value.trim(), armRegionName: region.value.trim(),
      term: term.value, size: '1' }));
    const item = page.items[0];
    if (!item) throw new Error(`${size.value.trim()} in ${region.value.trim()} for ${term.value} is not in the catalog of your market.`);
    const entry = { catalogItemId: item.catalogItemId, price: price.value,
      title: `${item.armSkuName} ${item.armRegionName} ${term.selectedOptions[0].textContent} (your cost ${money(item.prices ? item.prices.cost : item.unitPrice, item.currencyCode)})` };
    if (!add(entry)) throw new Error(`${item.armSkuName} ${item.armRegionName} ${term.value} has a fixed price already: change it in the table.`);
    size.value = '';
    price.value = '';
    const last = fixedTable.querySelectorAll('tbody tr').length - 1;
    const input = document.getElementById(`fixed-${last}-price`);
    if (input) input.focus();
  }));
  return h('div', { class: 'card', id: 'fixed-form' }, h('div', { class: 'row' }, field('Size', size), field('Region', region), field('Term', term),
    field('Price', price), button), out);
}

/** The preview's first page (and further pages on request): the summary, a warning for prices below cost, the rows. */
async function showPreview(where, path, body, allowNegative) {
  const first = await post(path, body);
  const rows = [...first.items];
  const s = first.summary;
  const currency = first.currencyCode;
  const warning = s.negativeMargins > 0 ? h('div', { class: allowNegative ? 'warning' : 'error', role: 'alert', id: 'negative-warning' },
    h('strong', {}, `${s.negativeMargins} item${s.negativeMargins === 1 ? '' : 's'} would sell below your cost. `),
    allowNegative ? 'You allow prices below cost: these are sold at a loss once the list is in force.'
      : 'Save refuses this list unless you change the rules or fixed prices that do it, or tick “Allow prices below my cost”.') : null;
  const list = h('div', { id: 'preview-rows' });
  let next = first.links && first.links.next ? first.links.next.uri : null;
  const more = h('button', { type: 'button', class: 'secondary', id: 'preview-more' }, 'Show more');
  const draw = () => {
    clear(list, rows.length ? table([
      { label: 'Item', value: x => h('span', { class: 'preview-item', 'data-item': x.catalogItemId }, `${x.armSkuName} ${x.armRegionName} ${x.term}`) },
      { label: 'Your cost', value: x => money(x.cost, currency), num: true },
      { label: 'Price now', value: x => h('span', { class: 'preview-old' }, money(x.currentPrice, currency)), num: true },
      { label: 'New price', value: x => h('span', { class: 'preview-new' }, money(x.newPrice, currency)), num: true },
      { label: 'Margin', value: x => h('span', { class: x.negativeMargin ? 'preview-margin negative' : 'preview-margin' },
        `${money(x.margin, currency)} (${percent(x.marginPercent)})`, x.negativeMargin ? [' ', badge('below cost', 'bad')] : null), num: true },
    ], rows) : empty('No item matches these toggles.'));
    more.hidden = !next;
  };
  more.addEventListener('click', () => act(more, list, async () => {
    if (!next || !next.startsWith('/v1/')) return;
    const page = await post(next, body);
    rows.push(...page.items);
    next = page.links && page.links.next ? page.links.next.uri : null;
    draw();
  }));
  draw();
  clear(where, h('h3', {}, 'Preview'), h('p', { id: 'preview-summary', role: 'status' },
    `${first.totalCount} of ${s.items} items shown by these toggles: ${s.raised} raised, ${s.lowered} lowered, ${s.unchanged} unchanged, `
    + `${s.negativeMargins} below cost.`), warning, list, h('p', {}, more));
}
