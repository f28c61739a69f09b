// Sign-in of the console: OAuth 2.0 authorization code + PKCE (S256) against StayHub's own OpenIddict server, client
// stayhub-admin. Tokens live in this module's variables only (never localStorage or sessionStorage): a reload signs in
// again, which is one silent redirect because the server already holds the browser's StayHub session. Only the PKCE
// verifier and state cross the redirect, in sessionStorage, and are removed as soon as the code comes back.
// Why not a cookie-holding backend-for-frontend: docs/admin-console.md.

const clientId = 'stayhub-admin';
const pendingKey = 'stayhub-admin.pkce';
const redirectUri = `${location.origin}/admin/callback`;

let tokens = null; // { accessToken, refreshToken, idToken }
let refreshing = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.code = problem?.code ?? null;
  }
}

function base64Url(bytes) {
  let binary = '';
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Sends the browser to /connect/authorize; the returned promise never settles (the page is leaving). */
export async function startSignIn() {
  const verifier = randomString();
  const state = randomString();
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(pendingKey, JSON.stringify({ verifier, state, hash: location.hash }));
  const query = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid offline_access profile email roles',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  });
  location.assign(`/connect/authorize?${query}`);
  return new Promise(() => {});
}

async function tokenRequest(form) {
  const response = await fetch('/connect/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: clientId, ...form }),
    credentials: 'omit',
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, { title: body.error_description || body.error || 'Token request refused' });
  tokens = { accessToken: body.access_token, refreshToken: body.refresh_token ?? null, idToken: body.id_token ?? null };
}

/** Completes the code flow when the browser is back on /admin/callback, or starts it. Resolves once signed in. */
export async function signIn() {
  const url = new URL(location.href);
  if (url.pathname === '/admin/callback') {
    const pending = JSON.parse(sessionStorage.getItem(pendingKey) ?? 'null');
    sessionStorage.removeItem(pendingKey);
    const code = url.searchParams.get('code');
    if (url.searchParams.get('error') || !code || !pending || pending.state !== url.searchParams.get('state')) {
      throw new Error(`Sign-in failed: ${url.searchParams.get('error_description') || url.searchParams.get('error') || 'the answer does not match the request'}`);
    }

    await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: pending.verifier });
    history.replaceState(null, '', `/admin/${pending.hash || '#/dashboard'}`);
    return;
  }

  if (!tokens) await startSignIn();
}

async function refresh() {
  if (!tokens?.refreshToken) return false;
  refreshing ??= tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken })
    .then(() => true, () => false)
    .finally(() => { refreshing = null; });
  return refreshing;
}

/** Calls the API with the console's access token; one refresh on 401; JSON in and out; non-2xx throws ApiError. */
export async function api(method, path, { query, body } = {}) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }

  for (let attempt = 0; ; attempt++) {
    const headers = { accept: 'application/json' };
    if (tokens) headers.authorization = `Bearer ${tokens.accessToken}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' });
    if (response.status === 401 && attempt === 0 && tokens && await refresh()) continue;
    if (response.status === 401 && tokens) {
      tokens = null;
      await startSignIn();
    }

    const payload = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, payload);
    return payload;
  }
}

/** Ends the sign-in everywhere: the refresh token's whole authorization is revoked, then the browser session. */
export async function signOut() {
  if (tokens?.refreshToken) {
    await fetch('/connect/revoke', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, token: tokens.refreshToken, token_type_hint: 'refresh_token' }),
    }).catch(() => {});
  }

  const query = new URLSearchParams({ client_id: clientId, post_logout_redirect_uri: `${location.origin}/admin/` });
  if (tokens?.idToken) query.set('id_token_hint', tokens.idToken);
  tokens = null;
  location.assign(`/connect/endsession?${query}`);
}
