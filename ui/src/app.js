// The app shell: session restore, the login form, and the header, navigation and page area.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from './html.js';
import { onUnauthorized } from './api.js';
import { ErrorAlert, Loading } from './components.js';
import { Login } from './login.js';
import { useRoute } from './router.js';
import { currentSession, mayOpen, signOut } from './session.js';
import Providers from './pages/providers.js';
import Aliases from './pages/aliases.js';
import Keys from './pages/keys.js';
import Usage from './pages/usage.js';
import Audit from './pages/audit.js';
import Playground from './pages/playground.js';

const PAGES = [
  ['providers', 'Providers', Providers],
  ['aliases', 'Aliases', Aliases],
  ['keys', 'Keys', Keys],
  ['usage', 'Usage', Usage],
  ['audit', 'Audit', Audit],
  ['playground', 'Playground', Playground],
];

export function App() {
  // undefined while the session is being restored, null when signed out.
  const [session, setSession] = useState(undefined);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    onUnauthorized(() => {
      setSession(null);
      setNotice('Your session has ended. Sign in again.');
    });
    currentSession().then(setSession, setError);
  }, []);
  if (session === undefined) {
    return html`<main class="boot">${error ? html`<${ErrorAlert} error=${error} />` : html`<${Loading} />`}</main>`;
  }
  if (!session) {
    return html`<${Login} notice=${notice} onSignedIn=${(s) => {
      setNotice('');
      setSession(s);
    }} />`;
  }
  const leave = async () => {
    try {
      await signOut();
    } finally {
      setNotice('You are signed out.');
      setSession(null);
    }
  };
  return html`<${Shell} me=${session.me} onSignOut=${leave} />`;
}

function Shell({ me, onSignOut }) {
  const route = useRoute();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef(null);
  const first = useRef(true);
  const role = me.role || 'viewer';
  const allowed = PAGES.filter(([id]) => mayOpen(role, id));
  const page = PAGES.find(([id]) => id === route);
  const [, title, Page] = page || [];
  useEffect(() => {
    if (!route) window.location.replace('#/' + allowed[0][0]);
    document.title = (title || 'Switchboard') + ' · Switchboard console';
    setMenuOpen(false);
  }, [route]);
  // After navigating, move focus to the page so screen readers and keyboards start there. A layout
  // effect runs in the same task as the render, so it never takes focus from a control the user
  // (or a test) focused on the new page a moment later.
  useLayoutEffect(() => {
    const main = mainRef.current;
    if (!first.current && main && !main.contains(document.activeElement)) main.focus();
    first.current = false;
  }, [route]);
  let content;
  if (!route) content = html`<${Loading} />`;
  else if (!page) content = html`<h1>Page not found</h1><p>There is no page <code>${route}</code>.</p>`;
  else if (!mayOpen(role, route)) content = html`<h1>${title}</h1><p>Your role (${role}) may not open this page.</p>`;
  else content = html`<${Page} me=${me} />`;
  return html`<div class="shell">
    <a class="skip" href="#main" onClick=${(e) => { e.preventDefault(); mainRef.current.focus(); }}>Skip to content</a>
    <header class="top">
      <span class="brand">Switchboard</span>
      <button type="button" class="menu-toggle" aria-expanded=${menuOpen} aria-controls="nav"
        onClick=${() => setMenuOpen(!menuOpen)}>Menu</button>
      <nav id="nav" class=${menuOpen ? 'open' : ''} aria-label="Main">
        <ul>
          ${allowed.map(([id, label]) => html`<li key=${id}>
            <a href=${'#/' + id} aria-current=${id === route ? 'page' : undefined}>${label}</a>
          </li>`)}
        </ul>
      </nav>
      <div class="user">
        <span class="user-name">${me.user_name || me.key_prefix || 'signed in'}</span>
        <span class="role">${role}</span>
        <button type="button" onClick=${onSignOut}>Sign out</button>
      </div>
    </header>
    <main id="main" ref=${mainRef} tabindex="-1">${content}</main>
  </div>`;
}
