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
  // key id → its LimitPolicy; a key without limits is absent (and its dialog asks for nothing).
  const [limits, setLimits] = useState(new Map());
  // Admins see every user's keys; this narrows the list to one owner ('' for all).
  const [owner, setOwner] = useState('');
  const [users, setUsers] = useState([]);

  useEffect(() => {
    if (!isAdmin) return;
    api('GET', '/admin/v1/users')
      .then((res) => setUsers((res.users || []).map((u) => u.name)))
      .catch(() => setUsers([]));
  }, [isAdmin]);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [res, policies] = await Promise.all([
        api('GET', '/admin/v1/keys?' + keysQuery(owner, showInactive)),
        // The limits column is a convenience: the list still shows without it.
        api('GET', '/admin/v1/limits?scope=key').catch(() => ({})),
      ]);
      setKeys(res.keys || []);
      setLimits(new Map((policies?.policies || []).map((p) => [p.subject, p])));
    } catch (e) {
      // The alert says what failed; "no keys" would be a wrong answer.
      setError(e);
    }
  }, [owner, showInactive]);

  useEffect(() => {
    load();
  }, [load]);

  const onCreated = (res) => {
    setCreating(false);
    setCreated(res);
    load();
  };

  // ConfirmDialog shows a failure itself and closes on success.
  // The list changes before the dialog closes, from RevokeKey's answer: no moment in which the
  // dialog is gone and the key still looks active.
  const revoke = async () => {
    const key = revoking;
    const revoked = await api('POST', `/admin/v1/keys/${encodeURIComponent(key.id)}:revoke`, {});
    setKeys((ks) =>
      showInactive ? ks.map((k) => (k.id === key.id ? { ...k, ...revoked } : k)) : ks.filter((k) => k.id !== key.id),
    );
    setNotice(`Key "${key.name || key.prefix}" revoked.`);
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
      <div class="row key-filters">
        ${isAdmin &&
        html`<div class="field">
          <label for="keys-owner">Owner</label>
          <select id="keys-owner" value=${owner} onChange=${(e) => setOwner(e.currentTarget.value)}>
            <option value="">All users</option>
            ${users.map((u) => html`<option value=${u}>${u}</option>`)}
          </select>
        </div>`}
        <label class="check">
          <input type="checkbox" checked=${showInactive} onChange=${(e) => setShowInactive(e.currentTarget.checked)} />
          Show revoked and expired keys
        </label>
      </div>
      <p class="notice" role="status" hidden=${!notice}>${notice}</p>
      <${ErrorAlert} error=${error} />
      ${keys === null
        ? !error && html`<${Loading} />`
        : keys.length === 0
          ? html`<p class="empty">No keys yet. Create one with “New key”.</p>`
          : html`<${KeyTable} keys=${keys} limits=${limits} onRevoke=${setRevoking} onLimits=${setLimitsFor} />`}
      ${creating &&
      html`<${CreateKeyDialog} me=${me} onCreated=${onCreated} onClose=${() => setCreating(false)} />`}
      ${created && html`<${SecretDialog} created=${created} onDone=${() => setCreated(null)} />`}
      ${revoking &&
      html`<${ConfirmDialog} title="Revoke key" confirmLabel="Revoke" onConfirm=${revoke}
        onClose=${() => setRevoking(null)}
        message=${`Revoke “${revoking.name || revoking.prefix}” (${revoking.prefix}…, owner ${revoking.user})? It stops working at once; this cannot be undone.`} />`}
      ${limitsFor &&
      html`<${LimitsDialog} me=${me} apiKey=${limitsFor} hasLimits=${limits.has(limitsFor.id)}
        onClose=${() => {
          setLimitsFor(null);
          load();
        }} />`}
    </section>
  `;
}

function KeyTable({ keys, limits, onRevoke, onLimits }) {
  return html`
    <${TableScroll} label="API keys">
      <table class="data-table stack-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Owner</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">State</th>
            <th scope="col">Limits</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          ${keys.map(
            (k) => html`<tr key=${k.id}>
              <td data-label="Name"><span>${k.name || html`<em>unnamed</em>`}${k.allowed_models?.length
                ? html`<span class="sub block">models: ${k.allowed_models.join(', ')}</span>`
                : ''}</span></td>
              <td data-label="Key"><span><code>${k.prefix}</code> <code class="masked">${k.masked}</code></span></td>
              <td data-label="Owner">${k.user}</td>
              <td data-label="Created"><${Time} ts=${k.create_time} /></td>
              <td data-label="Last used"><${RelTime} time=${k.last_used_time} /></td>
              <td data-label="Expires"><${Time} ts=${k.expire_time} none="never" /></td>
              <td data-label="State"><span class=${'badge ' + ((k.state || 'active') === 'active' ? 'ok' : 'off')}>${k.state || 'active'}</span></td>
              <td data-label="Limits" class="limits-cell">${limitsSummary(limits.get(k.id))}</td>
              <td class="actions-cell"><div class="row-actions">
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

function keysQuery(owner, showInactive) {
  const q = new URLSearchParams();
  if (owner) q.set('user', owner);
  if (showInactive) q.set('include_inactive', 'true');
  return q.toString();
}

/** A key's limits in a few words: "60 RPM · $5.00/month". */
export function limitsSummary(p) {
  if (!p) return html`<span class="muted">none</span>`;
  const parts = [];
  if (Number(p.requests_per_minute)) parts.push(`${p.requests_per_minute} RPM`);
  if (Number(p.tokens_per_minute)) parts.push(`${p.tokens_per_minute} TPM`);
  if (Number(p.max_concurrent)) parts.push(`${p.max_concurrent} at once`);
  if (p.budget?.amount_usd) parts.push(`$${p.budget.amount_usd}/${p.budget.period || 'month'}${p.budget.soft ? ' (soft)' : ''}`);
  if (p.quota && (Number(p.quota.requests) || Number(p.quota.tokens))) parts.push(`quota/${p.quota.period || 'day'}`);
  return parts.join(' · ') || html`<span class="muted">none</span>`;
}
