// The generic page of an admin service: filters from the list method's query parameters, a table of its items,
// the next page by cursor, a detail view, and one button per action the signed-in admin holds the permission for.
import { api } from './auth.js';
import { h, isMoney, label, text, toast } from './dom.js';
import { askForBody, confirmAction } from './forms.js';
import { bodySchema } from './metadata.js';

const pagingParameters = new Set(['cursor', 'pageSize']);
const maxColumns = 8;

function isScalar(value) {
  return value === null || typeof value !== 'object' || isMoney(value) || (Array.isArray(value) && value.every(v => typeof v !== 'object'));
}

/**
 * An item as a row: an admin DTO that wraps the resource ({review: {id, …}, hidden, …}) is shown and addressed by the
 * wrapped object's fields, so its id drives the row, its detail link and its actions like any other item's.
 */
function flatten(item) {
  if (item.id !== undefined) return item;
  const wrapped = Object.entries(item).filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v) && v.id !== undefined);
  if (wrapped.length !== 1) return item;
  const [name, inner] = wrapped[0];
  const rest = Object.fromEntries(Object.entries(item).filter(([key]) => key !== name));
  return { ...inner, ...rest };
}

function columnsOf(items) {
  const names = [];
  for (const item of items) {
    for (const [name, value] of Object.entries(item)) {
      if (!names.includes(name) && isScalar(value)) names.push(name);
    }
  }

  return names.slice(0, maxColumns);
}

function filterInput(parameter, value) {
  const type = parameter.type.replace('?', '');
  const common = { name: parameter.name, 'data-filter': parameter.name, value: value ?? null };
  if (type === 'bool') {
    return h('select', common, ['', 'true', 'false'].map(v => h('option', { value: v, selected: v === (value ?? '') }, v === '' ? 'any' : v)));
  }

  if (type === 'DateTimeOffset' || type === 'DateTime') return h('input', { type: 'text', placeholder: 'ISO date-time', ...common });
  if (type === 'int' || type === 'long') return h('input', { type: 'number', ...common });
  return h('input', { type: 'search', ...common });
}

/** Runs an action on one item (asking for its body first when it has one); resolves true when it succeeded. */
export async function runAction(metadata, action, id, item) {
  const hasBody = action.parameters.some(p => p.bindingSource === 'body');
  const title = `${action.label}: ${id}`;
  let body;
  if (hasBody) {
    const initial = item && Array.isArray(item.roles) ? { roles: item.roles } : {};
    body = await askForBody(metadata.openApi, action, bodySchema(metadata.openApi, action), title, initial);
    if (body === null) return false;
  } else if (!await confirmAction(title)) {
    return false;
  }

  try {
    await api(action.httpMethod, action.route.replace(/\{id(:[a-z]+)?\}/, encodeURIComponent(id)), { body });
    toast(`${action.label}: done`);
    return true;
  } catch (e) {
    toast(`${action.label} refused: ${e.code ?? e.status} — ${e.message}`, true);
    return false;
  }
}

function actionButtons(metadata, resource, item, after) {
  return resource.actions.map(action => h('button', {
    type: 'button',
    'data-action': action.name,
    onclick: async () => { if (await runAction(metadata, action, item.id, item)) await after(); },
  }, action.label));
}

/** Renders the list page of <paramref name="resource"/> into <paramref name="main"/> with filters from the URL. */
export async function renderList(main, metadata, resource, params) {
  const queryParameters = resource.list.parameters.filter(p => p.bindingSource === 'query' && !pagingParameters.has(p.name));
  const filters = h('form', { class: 'filters', onsubmit: event => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const p of queryParameters) {
      const value = event.target.elements.namedItem(p.name).value.trim();
      if (value) query.set(p.name, value);
    }

    location.hash = `#/${resource.slug}${query.size ? `?${query}` : ''}`;
  } }, queryParameters.map(p => h('label', {}, label(p.name), filterInput(p, params.get(p.name)))), h('button', { type: 'submit', class: 'primary' }, 'Search'));
  const table = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  main.replaceChildren(h('h1', {}, resource.title), filters, table);

  const query = Object.fromEntries(queryParameters.map(p => [p.name, params.get(p.name)]));
  let cursor = params.get('cursor');
  const load = async () => {
    let page;
    try {
      page = await api('GET', resource.list.route, { query: { ...query, cursor, pageSize: 25 } });
    } catch (e) {
      table.replaceChildren(h('p', { class: 'error' }, `${e.code ?? e.status}: ${e.message}`));
      return;
    }

    const items = (page.items ?? []).map(flatten);
    const columns = columnsOf(items);
    const rows = items.map(item => h('tr', { 'data-id': item.id },
      columns.map(c => h('td', { class: typeof item[c] === 'number' ? 'num' : null }, text(item[c]))),
      h('td', {},
        resource.detail ? h('a', { href: `#/${resource.slug}/${encodeURIComponent(item.id)}` }, 'Details') : null,
        ' ',
        actionButtons(metadata, resource, item, load))));
    table.replaceChildren(h('div', {},
      items.length === 0
        ? h('p', { class: 'muted' }, 'Nothing matches.')
        : h('table', { 'data-list': resource.slug },
          h('thead', {}, h('tr', {}, columns.map(c => h('th', {}, label(c))), h('th', {}, ''))),
          h('tbody', {}, rows)),
      page.nextCursor ? h('button', { type: 'button', onclick: () => { cursor = page.nextCursor; load(); } }, 'Next page') : null));
  };
  await load();
}

function valueNode(value) {
  if (Array.isArray(value) && value.some(v => v !== null && typeof v === 'object')) {
    const columns = columnsOf(value);
    return h('table', {}, h('thead', {}, h('tr', {}, columns.map(c => h('th', {}, label(c))))),
      h('tbody', {}, value.map(row => h('tr', {}, columns.map(c => h('td', {}, text(row[c])))))));
  }

  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !isMoney(value)) {
    return h('dl', { class: 'detail' }, Object.entries(value).flatMap(([k, v]) => [h('dt', {}, label(k)), h('dd', {}, valueNode(v))]));
  }

  return text(value);
}

/** Renders one item: every field (nested lists, such as an audit row's entity changes, as tables) and its actions. */
export async function renderDetail(main, metadata, resource, id) {
  main.replaceChildren(h('h1', {}, `${resource.title}: ${id}`), h('p', { class: 'muted' }, 'Loading…'));
  let item;
  try {
    item = await api('GET', resource.detail.route.replace(/\{id(:[a-z]+)?\}/, encodeURIComponent(id)));
  } catch (e) {
    main.replaceChildren(h('h1', {}, resource.title), h('p', { class: 'error' }, `${e.code ?? e.status}: ${e.message}`));
    return;
  }

  main.replaceChildren(
    h('h1', {}, `${resource.title}: ${id}`),
    h('p', {}, h('a', { href: `#/${resource.slug}` }, `← ${resource.title}`), ' ', actionButtons(metadata, resource, item, () => renderDetail(main, metadata, resource, id))),
    h('div', { 'data-detail': resource.slug }, valueNode(item)));
}
