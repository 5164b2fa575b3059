// Audit (admins): the hash-chained log of every change, newest first, filtered by actor, action
// and time, a page at a time; and the chain's verification.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import './common/pages.css';
import { html, Loading, ErrorAlert, TableScroll, Time } from './common/parts.js';
import { auditQuery } from './audit/query.js';

export default function Audit({ me }) {
  if (me?.role !== 'admin') {
    return html`<section class="page audit-page">
      <h1>Audit</h1>
      <p class="empty">The audit log is for admins only.</p>
    </section>`;
  }
  return html`<${AuditLog} />`;
}

function AuditLog() {
  const [filters, setFilters] = useState(NO_FILTERS);
  const [entries, setEntries] = useState(null);
  const [next, setNext] = useState('');
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState(null);
  const generation = useRef(0);
  // The fields are the browser's own (uncontrolled): a list arriving while someone types must not
  // reset what they typed. The filters apply on submit.
  const form = useRef(null);

  // page_token empty: the first page, replacing the list; otherwise the next page, appended.
  const load = useCallback(
    async (pageToken = '') => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const res = await api('GET', '/admin/v1/audit?' + auditQuery(filters, pageToken));
        if (mine !== generation.current) return;
        setEntries((old) => (pageToken ? [...(old || []), ...(res.entries || [])] : res.entries || []));
        setNext(res.next_page_token || '');
      } catch (e) {
        if (mine !== generation.current) return;
        setError(e);
        // A failed filter must not leave the previous filter's entries looking like its answer.
        if (!pageToken) setEntries(null);
      }
      setLoading(false);
    },
    [filters],
  );

  useEffect(() => {
    load();
  }, [load]);

  const apply = (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.currentTarget);
    setFilters({
      actor: String(f.get('actor') || '').trim(),
      action: String(f.get('action') || '').trim(),
      resource: String(f.get('resource') || '').trim(),
      from: String(f.get('from') || ''),
      to: String(f.get('to') || ''),
    });
  };

  const clear = () => {
    form.current?.reset();
    setFilters({ ...NO_FILTERS });
  };

  return html`
    <section class="page audit-page">
      <h1>Audit</h1>
      <p class="page-intro">Every change made through the gateway, newest first. Each entry’s hash chains it to the one
        before, so an edited or removed entry shows when the chain is verified.</p>
      <${VerifyChain} />
      <form class="row audit-filters" onSubmit=${apply} ref=${form}>
        <div class="field">
          <label for="audit-actor">Actor</label>
          <input id="audit-actor" name="actor" autocomplete="off" placeholder="admin" />
        </div>
        <div class="field">
          <label for="audit-action">Action</label>
          <input id="audit-action" name="action" autocomplete="off" placeholder="key.create" list="audit-actions"
            />
          <datalist id="audit-actions">
            ${KNOWN_ACTIONS.map((a) => html`<option value=${a}></option>`)}
          </datalist>
        </div>
        <div class="field">
          <label for="audit-resource">Resource</label>
          <input id="audit-resource" name="resource" autocomplete="off" placeholder="providers/*"
            aria-describedby="audit-resource-hint" />
          <small id="audit-resource-hint" class="visually-hidden">Exact, or a prefix ending in a star</small>
        </div>
        <div class="field">
          <label for="audit-from">From</label>
          <input id="audit-from" name="from" type="datetime-local" />
        </div>
        <div class="field">
          <label for="audit-to">To</label>
          <input id="audit-to" name="to" type="datetime-local" />
        </div>
        <div class="row-buttons">
          <button type="submit">Filter</button>
          <button type="button" onClick=${clear}>Clear</button>
        </div>
      </form>
      <${ErrorAlert} error=${error} />
      ${entries === null
        ? !error && html`<${Loading} />`
        : entries.length === 0
          ? html`<p class="empty">No entries match.</p>`
          : html`<${AuditTable} entries=${entries} />`}
      ${entries !== null && loading && html`<${Loading} />`}
      ${next &&
      html`<button type="button" class="more" disabled=${loading} onClick=${() => load(next)}>Load more</button>`}
    </section>
  `;
}

const NO_FILTERS = { actor: '', action: '', resource: '', from: '', to: '' };

// Suggestions for the Action filter; the filter is an exact match, so these save guessing.
const KNOWN_ACTIONS = [
  'provider.create', 'provider.update', 'provider.delete', 'alias.create', 'alias.update', 'alias.delete',
  'key.create', 'key.revoke', 'key.rotate', 'user.create', 'user.update', 'user.delete', 'limits.set',
  'limits.delete', 'price.set', 'price.delete', 'token.issue', 'auth.failure',
];

function VerifyChain() {
  const [state, setState] = useState({ busy: false, text: '', ok: null });
  const [error, setError] = useState(null);
  const verify = async () => {
    setState({ busy: true, text: 'Verifying…', ok: null });
    setError(null);
    try {
      const r = await api('POST', '/admin/v1/audit:verify', {});
      const checked = Number(r.entries_checked || 0);
      setState(
        r.ok
          ? { busy: false, ok: true, text: `Chain verified: ${checked} ${checked === 1 ? 'entry' : 'entries'} checked.` }
          : { busy: false, ok: false, text: `Chain broken at entry ${r.first_broken_seq}: ${r.reason || 'hash mismatch'}` },
      );
    } catch (e) {
      setState({ busy: false, text: '', ok: null });
      setError(e);
    }
  };
  return html`
    <div class="verify">
      <button type="button" onClick=${verify} disabled=${state.busy}>Verify chain</button>
      <p role="status" class=${state.ok === true ? 'verified' : state.ok === false ? 'broken' : ''}>${state.text}</p>
      <${ErrorAlert} error=${error} />
    </div>
  `;
}

function AuditTable({ entries }) {
  return html`
    <${TableScroll} label="Audit entries">
      <table class="data-table audit-table">
        <thead>
          <tr>
            <th scope="col" class="num">#</th>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Resource</th>
            <th scope="col">Outcome</th>
            <th scope="col">Changes</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (e) => html`<tr key=${e.seq}>
              <td class="num">${e.seq}</td>
              <td><${Time} ts=${e.time} /></td>
              <td>${e.actor}<div class="sub">${e.credential}</div></td>
              <td><code>${e.action}</code></td>
              <td class="wrap">${e.resource}</td>
              <td><span class=${'badge ' + (e.outcome === 'ok' ? 'ok' : 'bad')}>${e.outcome}</span></td>
              <td class="wrap">${changes(e.changes)}</td>
              <td>${e.source_address}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    <//>
  `;
}

/** The changed fields, one per line; the gateway already masks secrets in them. */
function changes(map) {
  const items = Object.entries(map || {});
  if (!items.length) return '';
  return html`<ul class="changes">
    ${items.map(([k, v]) => html`<li key=${k}><span class="change-key">${k}</span>: ${v}</li>`)}
  </ul>`;
}
