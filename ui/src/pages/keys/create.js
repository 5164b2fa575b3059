// Creating a key, and the one time its secret is shown.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api.js';
import { html, Dialog, ErrorAlert, Field } from '../common/parts.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function CreateKeyDialog({ me, onCreated, onClose }) {
  const isAdmin = me?.role === 'admin';
  const [users, setUsers] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  // Only an admin may create a key for someone else, so only an admin gets the list of users.
  useEffect(() => {
    if (!isAdmin) return;
    api('GET', '/admin/v1/users')
      .then((res) => setUsers((res.users || []).filter((u) => !u.disabled)))
      .catch((e) => {
        setUsers([]);
        setError(e);
      });
  }, [isAdmin]);

  const submit = async (ev) => {
    ev.preventDefault();
    const form = new FormData(ev.currentTarget);
    const key = { name: String(form.get('name')).trim() };
    if (isAdmin && form.get('user')) key.user = String(form.get('user'));
    const days = String(form.get('days') || '').trim();
    if (days) key.expire_time = new Date(Date.now() + Number(days) * DAY_MS).toISOString();
    const models = String(form.get('models') || '')
      .split(/[\s,]+/)
      .filter(Boolean);
    if (models.length) key.allowed_models = models;
    setBusy(true);
    setError(null);
    try {
      onCreated(await api('POST', '/admin/v1/keys', key));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return html`
    <${Dialog} title="New key" onClose=${onClose}>
      <form class="form" onSubmit=${submit}>
        <${Field} label="Key name"><input name="name" required maxlength="100" autocomplete="off" /><//>
        ${isAdmin &&
        html`<${Field} label="User">
          <select name="user" disabled=${users === null}>
            ${users === null
              ? html`<option value="">Loading…</option>`
              : (users.length ? users : [{ name: me.user_name }]).map(
                  (u) => html`<option value=${u.name} selected=${u.name === me.user_name}>${u.name}${u.role
                    ? ` (${u.role})`
                    : ''}</option>`,
                )}
          </select>
        <//>`}
        <${Field} label="Expires in days" hint="Empty: the key never expires.">
          <input name="days" type="number" min="1" max="3650" step="1" inputmode="numeric" />
        <//>
        <${Field} label="Allowed models"
          hint="Optional, comma-separated: exact names or “provider/*”. Empty: every model the user may use.">
          <input name="models" autocomplete="off" placeholder="openai/*, gpt-4o" />
        <//>
        <${ErrorAlert} error=${error} />
        <div class="actions">
          <button type="button" onClick=${onClose}>Cancel</button>
          <button type="submit" class="primary" disabled=${busy}>Create key</button>
        </div>
      </form>
    <//>
  `;
}

/** Shows a new key's secret this once; Done drops it (the caller forgets `created`). */
export function SecretDialog({ created, onDone }) {
  const input = useRef(null);
  const [copied, setCopied] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('Copied to the clipboard.');
    } catch {
      // No clipboard permission (or not a secure context): select it so Ctrl+C works.
      input.current?.select();
      setCopied('Select the key and copy it with Ctrl+C.');
    }
  };

  const key = created.key || {};
  return html`
    <${Dialog} title="Your new key" onClose=${onDone}>
      <p>
        Copy the key <strong>${key.name || key.prefix}</strong> now: this is the only time it is shown. The
        gateway keeps only a hash of it.
      </p>
      <${Field} label="Secret">
        <input ref=${input} class="secret" readonly value=${created.secret} autocomplete="off" spellcheck="false"
          onFocus=${(e) => e.currentTarget.select()} />
      <//>
      <p class="success" role="status">${copied}</p>
      <div class="actions">
        <button type="button" onClick=${copy}>Copy</button>
        <button type="button" class="primary" onClick=${onDone}>Done</button>
      </div>
    <//>
  `;
}
