// One alias: its settings and, per target, the circuit breaker's state and recent traffic
// (Alias.targets[].status, kept by this gateway process).
import { html } from '../html.js';
import { RelTime, durationSeconds } from '../components.js';
import { STRATEGIES } from './form.js';

const BREAKER = { CLOSED: ['closed', 'ok'], OPEN: ['open', 'bad'], HALF_OPEN: ['half-open', 'busy'] };

function breakerOf(status) {
  const raw = status && status.breaker_state;
  return BREAKER[raw] || null;
}

function retryText(r) {
  if (!r) return 'defaults';
  const parts = [];
  if (r.max_attempts) parts.push(`${r.max_attempts} attempts`);
  if (r.initial_backoff) parts.push(`backoff ${Math.round(durationSeconds(r.initial_backoff) * 1000)} ms`);
  if (r.max_backoff) parts.push(`up to ${Math.round(durationSeconds(r.max_backoff) * 1000)} ms`);
  if (r.deadline) parts.push(`deadline ${durationSeconds(r.deadline)} s`);
  return parts.length ? parts.join(', ') : 'defaults';
}

/** int64 counts arrive as strings in proto JSON, and zero values are left out. */
function requestsText(s) {
  const requests = Number(s.requests || 0);
  const failures = Number(s.failures || 0);
  const inFlight = Number(s.in_flight || 0);
  return `${requests}${failures ? ` (${failures} failed)` : ''}${inFlight ? `, ${inFlight} in flight` : ''}`;
}

export function AliasCard({ alias: a, canChange, onEdit, onDelete }) {
  const strategy = (STRATEGIES.find(([id]) => id === a.strategy) || STRATEGIES[0])[1];
  return html`<article class="card alias" aria-label=${`Alias ${a.name}`}>
    <div class="card-head">
      <h2>${a.name}</h2>
      ${canChange && html`<div class="buttons">
        <button type="button" onClick=${onEdit}>Edit</button>
        <button type="button" onClick=${onDelete}>Delete</button>
      </div>`}
    </div>
    ${a.description && html`<p>${a.description}</p>`}
    <dl>
      <dt>Strategy</dt><dd>${strategy}</dd>
      <dt>Retries</dt><dd>${retryText(a.retry)}</dd>
      ${a.fallback_on_context_length && html`<dt>Context fallback</dt><dd>on</dd>`}
      ${a.owner && html`<dt>Owner</dt><dd>${a.owner}</dd>`}
    </dl>
    <div class="table-wrap" tabindex="0" role="region" aria-label=${`Targets of ${a.name}`}>
      <table>
        <thead><tr><th scope="col">Target</th><th scope="col">Weight</th><th scope="col">Breaker</th>
          <th scope="col">Last served</th><th scope="col">Requests</th></tr></thead>
        <tbody>
          ${(a.targets || []).map((t) => {
            const s = t.status || {};
            const breaker = breakerOf(s);
            return html`<tr key=${t.model}>
              <td><code>${t.model}</code></td>
              <td>${t.weight || 1}</td>
              <td>${breaker ? html`<span class=${'badge ' + breaker[1]}>${breaker[0]}</span>` : html`<span class="muted">—</span>`}</td>
              <td><${RelTime} time=${s.last_served_time} /></td>
              <td>${t.status ? requestsText(s) : html`<span class="muted">—</span>`}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </article>`;
}
