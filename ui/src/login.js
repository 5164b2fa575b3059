// The login form: an API key or OAuth2 access token, exchanged for a session cookie.
import { useState } from 'preact/hooks';
import { html } from './html.js';
import { ErrorAlert, Field } from './components.js';
import { signIn } from './session.js';

export function Login({ onSignedIn, notice }) {
  const [credential, setCredential] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await signIn(credential.trim());
      // Drop the key from memory as soon as the cookie holds the session.
      setCredential('');
      onSignedIn(session);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return html`<main class="login" id="main">
    <form class="card login-card" onSubmit=${submit}>
      <h1>Sign in to Switchboard</h1>
      ${notice && html`<p class="notice" role="status">${notice}</p>`}
      <${Field} label="API key or token" hint="An API key (sb-…), the admin key, or an OAuth2 access token. It is exchanged for a session cookie; the browser does not keep it.">
        <input type="password" autocomplete="off" spellcheck="false" required value=${credential}
          onInput=${(e) => setCredential(e.currentTarget.value)} />
      <//>
      <${ErrorAlert} error=${error} />
      <button type="submit" class="primary" disabled=${busy || !credential.trim()}>Sign in</button>
    </form>
  </main>`;
}
