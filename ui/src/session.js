// The login session: the credential is exchanged once for an HttpOnly cookie (the console never
// keeps the key), and the CSRF token that comes back is held in memory only.
import { api, setCsrfToken } from './api.js';

const PATH = '/ui/api/session';

function accept(session) {
  setCsrfToken(session.csrf_token);
  return { me: session.me || {}, expiresAt: session.expires_at || '' };
}

/** The current session ({ me, expiresAt }) or null when there is none (401). */
export async function currentSession() {
  try {
    return accept(await api('GET', PATH));
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

export async function signIn(credential) {
  return accept(await api('POST', PATH, { credential }));
}

export async function signOut() {
  try {
    await api('DELETE', PATH);
  } finally {
    setCsrfToken('');
  }
}

/** What each role may open; the server enforces the same (docs/security.md, "Roles"). */
const PAGES = {
  providers: () => true,
  aliases: () => true,
  keys: () => true,
  usage: () => true,
  audit: (role) => role === 'admin',
  playground: (role) => role !== 'viewer',
};

export function mayOpen(role, page) {
  const rule = PAGES[page];
  return !!rule && rule(role);
}

/** Whether the role may create and change providers and aliases (viewers only look). */
export function mayEdit(role) {
  return role === 'admin' || role === 'operator' || role === 'member';
}
