// The permission console: every defined permission (module groups from GET /api/admin/permissions) × every role as
// a grid of ticks, each tick a PUT of that one permission for that role; and one user's own grants beside the
// effective set (role grants + user grants) with where each comes from.
import { api } from './auth.js';
import { h, label, toast } from './dom.js';

const knownRoles = ['admin', 'host', 'guest'];

function rolesOf(tree) {
  const roles = (tree.roles ?? []).map(r => (typeof r === 'string' ? r : r.name)).filter(Boolean);
  return roles.length ? roles : knownRoles;
}

function permissionsOf(tree) {
  return (tree.groups ?? []).flatMap(g => (g.permissions ?? []).map(p => ({ ...p, group: g.displayName ?? g.name })));
}

function tick(target, name, granted, canEdit, onChange) {
  return h('input', {
    type: 'checkbox',
    checked: granted,
    disabled: !canEdit,
    'aria-label': `${name} for ${target}`,
    'data-permission': name,
    'data-target': target,
    onchange: onChange,
  });
}

async function put(route, name, isGranted) {
  return api('PUT', route, { body: { permissions: [{ name, isGranted }] } });
}

export async function renderPermissions(main, metadata, params) {
  main.replaceChildren(h('h1', {}, 'Permissions'), h('p', { class: 'muted' }, 'Loading…'));
  const canEdit = !!metadata.find('PUT', '/api/admin/permissions/role/{role}');
  let tree;
  let grants;
  const roles = [];
  try {
    tree = await api('GET', '/api/admin/permissions');
    roles.push(...rolesOf(tree));
    grants = await Promise.all(roles.map(role => api('GET', `/api/admin/permissions/role/${encodeURIComponent(role)}`)));
  } catch (e) {
    main.replaceChildren(h('h1', {}, 'Permissions'), h('p', { class: 'error' }, `${e.code ?? e.status}: ${e.message}`));
    return;
  }

  const grantedTo = roles.map((role, i) => new Set((grants[i].permissions ?? []).filter(p => p.isGranted).map(p => p.name)));
  const rows = [];
  let group = null;
  for (const permission of permissionsOf(tree)) {
    if (permission.group !== group) {
      group = permission.group;
      rows.push(h('tr', {}, h('th', { colspan: roles.length + 1 }, group)));
    }

    rows.push(h('tr', { 'data-row': permission.name },
      h('td', {}, permission.parent ? '  ↳ ' : '', permission.displayName ?? permission.name, ' ', h('code', { class: 'muted' }, permission.name)),
      roles.map((role, i) => h('td', { class: 'tick' }, tick(`role:${role}`, permission.name, grantedTo[i].has(permission.name), canEdit, async event => {
        const box = event.target;
        box.disabled = true;
        try {
          await put(`/api/admin/permissions/role/${encodeURIComponent(role)}`, permission.name, box.checked);
          toast(`${permission.name} ${box.checked ? 'granted to' : 'taken from'} ${role}`);
        } catch (e) {
          box.checked = !box.checked;
          toast(`Refused: ${e.code ?? e.status} — ${e.message}`, true);
        } finally {
          box.disabled = false;
        }
      })))));
  }

  const userForm = h('form', { class: 'filters', onsubmit: event => {
    event.preventDefault();
    const value = event.target.elements.namedItem('user').value.trim();
    location.hash = `#/permissions${value ? `?user=${encodeURIComponent(value)}` : ''}`;
  } }, h('label', {}, 'User (email or id)', h('input', { type: 'search', name: 'user', 'data-filter': 'user', value: params.get('user') })),
  h('button', { type: 'submit', class: 'primary' }, 'Show'));
  const userPart = h('div', {});
  main.replaceChildren(
    h('h1', {}, 'Permissions'),
    h('h2', {}, 'Roles'),
    h('table', { class: 'grid', 'data-grid': 'roles' }, h('thead', {}, h('tr', {}, h('th', {}, 'Permission'), roles.map(r => h('th', {}, r)))), h('tbody', {}, rows)),
    h('h2', {}, 'One user'),
    userForm,
    userPart);
  if (params.get('user')) await renderUser(userPart, metadata, params.get('user'));
}

async function findUserId(value) {
  if (/^[0-9a-f-]{36}$/i.test(value)) return value;
  const page = await api('GET', '/api/admin/users', { query: { q: value, pageSize: 5 } });
  const exact = (page.items ?? []).find(u => u.email?.toLowerCase() === value.toLowerCase()) ?? page.items?.[0];
  return exact?.id ?? null;
}

async function renderUser(container, metadata, value) {
  const canEdit = !!metadata.find('PUT', '/api/admin/permissions/user/{userId}');
  let userId;
  let answer;
  try {
    userId = await findUserId(value);
    if (!userId) {
      container.replaceChildren(h('p', { class: 'error' }, `No user matches ${value}.`));
      return;
    }

    answer = await api('GET', `/api/admin/permissions/user/${encodeURIComponent(userId)}`);
  } catch (e) {
    container.replaceChildren(h('p', { class: 'error' }, `${e.code ?? e.status}: ${e.message}`));
    return;
  }

  const route = `/api/admin/permissions/user/${encodeURIComponent(userId)}`;
  container.replaceChildren(h('table', { 'data-grid': 'user' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Permission'), h('th', {}, 'Granted to the user'), h('th', {}, 'Effective'), h('th', {}, 'Granted by'))),
    h('tbody', {}, (answer.permissions ?? []).map(p => {
      const own = (p.grantedBy ?? []).includes('user');
      const effective = h('td', { 'data-effective': p.name }, p.isGranted ? 'yes' : 'no');
      const by = h('td', {}, (p.grantedBy ?? []).join(', '));
      return h('tr', {},
        h('td', {}, label(p.name), ' ', h('code', { class: 'muted' }, p.name)),
        h('td', { class: 'tick' }, tick(`user:${userId}`, p.name, own, canEdit, async event => {
          try {
            await put(route, p.name, event.target.checked);
            const fresh = (await api('GET', route)).permissions.find(x => x.name === p.name);
            effective.textContent = fresh?.isGranted ? 'yes' : 'no';
            by.textContent = (fresh?.grantedBy ?? []).join(', ');
            toast(`${p.name} ${event.target.checked ? 'granted to' : 'taken from'} the user`);
          } catch (e) {
            event.target.checked = !event.target.checked;
            toast(`Refused: ${e.code ?? e.status} — ${e.message}`, true);
          }
        })),
        effective,
        by);
    }))));
}
