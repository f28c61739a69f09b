// What the console shows is read from the API itself: /api/definition (services, methods, routes, permissions),
// /api/configuration (who is signed in and which permissions they hold) and /openapi/v1.json (body schemas, for the
// forms of actions). A module that adds an admin service under /api/admin/… gets a page without console code.
import { api } from './auth.js';
import { label } from './dom.js';

const adminPrefix = '/api/admin/';

// Admin services with a page of their own instead of the generic list (dashboard, permission console).
const ownPages = new Set(['/api/admin/stats', '/api/admin/permissions']);

export async function loadMetadata() {
  const [definition, configuration, openApi] = await Promise.all([
    api('GET', '/api/definition'),
    api('GET', '/api/configuration'),
    api('GET', '/openapi/v1.json'),
  ]);
  const granted = new Set(configuration.grantedPermissions ?? []);
  const allowed = method => !method.permission || granted.has(method.permission);
  const methods = definition.services.flatMap(s => s.methods.map(m => ({ ...m, service: s })));
  return {
    definition,
    configuration,
    openApi,
    granted,
    allowed,
    /** The method answering this verb and route, if the host serves it and the admin may call it. */
    find(httpMethod, route) {
      // Routes compare without their constraints ({userId:guid} is {userId}).
      const method = methods.find(m => m.httpMethod === httpMethod && m.route.replace(/:[a-z]+\}/g, '}') === route);
      return method && allowed(method) ? method : null;
    },
    resources: definition.services
      .filter(s => s.routePrefix.startsWith(adminPrefix) && !ownPages.has(s.routePrefix))
      .map(s => toResource(s, allowed))
      .filter(r => r.list),
  };
}

/** A service as a page: its list (GET on the prefix, paged), detail (GET prefix/{id}) and row actions. */
function toResource(service, allowed) {
  const prefix = service.routePrefix;
  const list = service.methods.find(m => m.httpMethod === 'GET' && m.route === prefix && allowed(m));
  const detail = service.methods.find(m => m.httpMethod === 'GET' && /^\/\{id(:[a-z]+)?\}$/.test(m.route.slice(prefix.length)) && allowed(m));
  const actions = service.methods
    .filter(m => m.httpMethod !== 'GET' && m.route.startsWith(`${prefix}/{id`) && allowed(m))
    .map(m => ({ ...m, label: actionLabel(m, prefix) }));
  const slug = prefix.slice(adminPrefix.length);
  const title = service.tag.replace(/^Admin:\s*/i, '') || label(service.name);
  return { service, slug, title: title.charAt(0).toUpperCase() + title.slice(1), list, detail, actions };
}

/** "/api/admin/users/{id}/lock" → "Lock"; "PUT /api/admin/users/{id}/roles" → "Roles". */
function actionLabel(method, prefix) {
  const rest = method.route.slice(prefix.length).split('/').filter(p => p && !p.startsWith('{'));
  return label(rest.length ? rest.join(' ') : method.name);
}

/** The JSON schema of an operation's request body, with $refs resolved one level at a time by the caller. */
export function bodySchema(openApi, method) {
  for (const item of Object.values(openApi.paths ?? {})) {
    for (const operation of Object.values(item)) {
      if (operation?.operationId === method.operationId) {
        const schema = resolve(openApi, operation.requestBody?.content?.['application/json']?.schema);
        // An optional body is "the request or null" (anyOf/oneOf with a null member): its fields are the request's.
        const alternatives = (schema?.anyOf ?? schema?.oneOf ?? []).filter(s => s.type !== 'null');
        return alternatives.length === 1 ? resolve(openApi, alternatives[0]) : schema;
      }
    }
  }

  return null;
}

export function resolve(openApi, schema) {
  let current = schema;
  for (let depth = 0; current?.$ref && depth < 10; depth++) {
    current = openApi.components?.schemas?.[current.$ref.split('/').pop()];
  }

  return current ?? null;
}
