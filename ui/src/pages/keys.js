// Keys: the caller's API keys (an admin: everyone's), create one and see its secret once, revoke,
// and set a key's limits. Secrets are never shown again: the list has only prefix and masked end.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import './common/pages.css';
import { html, Loading, ErrorAlert, ConfirmDialog, RelTime, Time, TableScroll } from './common/parts.js';
import { CreateKeyDialog, SecretDialog } from './keys/create.js';
import { LimitsDialog } from './keys/limits.js';

export default function Keys({ me }) {
  const isAdmin = me?.role === 'admin';
  const [keys, setKeys] = useState(null);
  const [error, setError] = useState(null);
  const [showInactive, setShowInactive] = useState(false);
  const [creating, setCreating] = useState(false);
  // { secret, key } between create and Done; dropped on Done so the secret leaves memory.
  const [created, setCreated] = useState(null);
  const [revoking, setRevoking] = useState(null);
  const [limitsFor, setLimitsFor] = useState(null);
  const [notice, setNotice] = useState('');

  const load = useCallback(async () => {
    setError(null);
    try {
      const res = await api('GET', '/admin/v1/keys' + (showInactive ? '?include_inactive=true' : ''));
      setKeys(res.keys || []);
    } catch (e) {
      setError(e);
      setKeys((k) => k || []);
    }
  }, [showInactive]);

  useEffect(() => {
    load();
  }, [load]);

  const onCreated = (res) => {
    setCreating(false);
    setCreated(res);
    load();
  };

  // ConfirmDialog shows a failure itself and closes on success.
  const revoke = async () => {
    const key = revoking;
    await api('POST', `/admin/v1/keys/${encodeURIComponent(key.id)}:revoke`, {});
    setNotice(`Key "${key.name || key.prefix}" revoked.`);
    load();
  };

  return html`
    <section class="page keys-page">
      <div class="toolbar">
        <h1>Keys</h1>
        <button type="button" class="primary" onClick=${() => setCreating(true)}>New key</button>
      </div>
      <p class="page-intro">
        ${isAdmin ? 'Every API key of every user.' : 'Your API keys.'} A key's secret is shown once, when it is
        created; afterwards only its prefix and last four characters.
      </p>
      <label class="check">
        <input type="checkbox" checked=${showInactive} onChange=${(e) => setShowInactive(e.currentTarget.checked)} />
        Show revoked and expired keys
      </label>
      <p class="notice" role="status" hidden=${!notice}>${notice}</p>
      <${ErrorAlert} error=${error} />
      ${keys === null
        ? html`<${Loading} />`
        : keys.length === 0
          ? html`<p class="empty">No keys yet. Create one with “New key”.</p>`
          : html`<${KeyTable} keys=${keys} onRevoke=${setRevoking} onLimits=${setLimitsFor} />`}
      ${creating &&
      html`<${CreateKeyDialog} me=${me} onCreated=${onCreated} onClose=${() => setCreating(false)} />`}
      ${created && html`<${SecretDialog} created=${created} onDone=${() => setCreated(null)} />`}
      ${revoking &&
      html`<${ConfirmDialog} title="Revoke key" confirmLabel="Revoke" onConfirm=${revoke}
        onClose=${() => setRevoking(null)}
        message=${`Revoke “${revoking.name || revoking.prefix}” (${revoking.prefix}…, owner ${revoking.user})? It stops working at once; this cannot be undone.`} />`}
      ${limitsFor && html`<${LimitsDialog} me=${me} apiKey=${limitsFor} onClose=${() => setLimitsFor(null)} />`}
    </section>
  `;
}

function KeyTable({ keys, onRevoke, onLimits }) {
  return html`
    <${TableScroll} label="API keys">
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Owner</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">State</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          ${keys.map(
            (k) => html`<tr key=${k.id}>
              <td>${k.name || html`<em>unnamed</em>`}${k.allowed_models?.length
                ? html`<div class="sub">models: ${k.allowed_models.join(', ')}</div>`
                : ''}</td>
              <td><code>${k.prefix}</code> <code class="masked">${k.masked}</code></td>
              <td>${k.user}</td>
              <td><${Time} ts=${k.create_time} /></td>
              <td><${RelTime} time=${k.last_used_time} /></td>
              <td><${Time} ts=${k.expire_time} none="never" /></td>
              <td><span class=${'badge ' + ((k.state || 'active') === 'active' ? 'ok' : 'off')}>${k.state || 'active'}</span></td>
              <td><div class="row-actions">
                <button type="button" onClick=${() => onLimits(k)}>Limits</button>
                ${(k.state || 'active') === 'active' &&
                html`<button type="button" class="danger" onClick=${() => onRevoke(k)}>Revoke</button>`}
              </div></td>
            </tr>`,
          )}
        </tbody>
      </table>
    <//>
  `;
}
