// Entry point of the console: sign in (code + PKCE), read what the API offers this admin, build the navigation, and
// route by the URL fragment (#/users, #/users/<id>, #/dashboard?period=7d), so the server only ever serves one shell.
import { signIn, signOut } from './auth.js';
import { h } from './dom.js';
import { loadMetadata } from './metadata.js';
import { renderDetail, renderList } from './list-page.js';
import { renderDashboard } from './dashboard.js';
import { renderPermissions } from './permissions.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');

function pages(metadata) {
  const list = [];
  if (metadata.find('GET', '/api/admin/stats')) list.push({ slug: 'dashboard', title: 'Dashboard', render: (view, params) => renderDashboard(view, metadata, params) });
  for (const resource of metadata.resources) {
    list.push({
      slug: resource.slug,
      title: resource.title,
      render: (view, params, id) => (id && resource.detail ? renderDetail(view, metadata, resource, id) : renderList(view, metadata, resource, params)),
    });
  }

  if (metadata.find('GET', '/api/admin/permissions')) list.push({ slug: 'permissions', title: 'Permissions', render: (view, params) => renderPermissions(view, metadata, params) });
  return list;
}

async function route(all) {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  // Slugs may hold a slash (notifications/deliveries): the longest page slug the path starts with wins.
  const page = [...all].sort((a, b) => b.slug.length - a.slug.length).find(p => path === p.slug || path.startsWith(`${p.slug}/`));
  if (!page) {
    // An unknown or absent page (e.g. #/dashboard on a host without stats): the first page this admin has.
    history.replaceState(null, '', `#/${all[0].slug}`);
    await route(all);
    return;
  }

  const id = path.length > page.slug.length ? decodeURIComponent(path.slice(page.slug.length + 1)) : null;
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.page === page.slug) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }

  document.title = `StayHub admin: ${page.title}`;
  // Each route renders into a view of its own: a slower earlier page (the dashboard still waiting for its figures
  // when the admin moves on) then finishes into a detached element instead of overwriting the page now shown.
  const view = h('div', { class: 'view' });
  main.replaceChildren(view);
  await page.render(view, params, id);
}

async function start() {
  try {
    await signIn();
    const metadata = await loadMetadata();
    const user = metadata.configuration.currentUser;
    document.getElementById('who').textContent = `${user.displayName ?? ''} <${user.email ?? ''}>`;
    const signOutButton = document.getElementById('sign-out');
    signOutButton.hidden = false;
    signOutButton.addEventListener('click', () => signOut());
    const all = pages(metadata);
    if (all.length === 0) {
      main.replaceChildren(h('p', { class: 'error' }, 'This account holds no admin permission.'));
      return;
    }

    nav.replaceChildren(...all.map(p => h('a', { href: `#/${p.slug}`, 'data-page': p.slug }, p.title)));
    window.addEventListener('hashchange', () => route(all));
    await route(all);
  } catch (e) {
    main.replaceChildren(h('p', { class: 'error' }, e.message));
  }
}

start();
