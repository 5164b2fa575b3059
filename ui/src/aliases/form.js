// Create or edit an alias: its targets (model + weight), strategy, retry policy and description.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { api } from '../api.js';
import { Dialog, ErrorAlert, Field, durationSeconds } from '../components.js';

export const STRATEGIES = [
  ['PRIORITY', 'Priority (in order, next on failure)'],
  ['WEIGHTED', 'Weighted random'],
  ['LEAST_BUSY', 'Least busy'],
  ['LOWEST_LATENCY', 'Lowest latency'],
  ['LOWEST_COST', 'Lowest cost'],
];

const num = (d, scale) => {
  const s = durationSeconds(d);
  return Number.isNaN(s) ? '' : String(Math.round(s * scale * 1000) / 1000);
};

export function initial(alias) {
  const a = alias || {};
  const r = a.retry || {};
  return {
    name: a.name || '',
    // Saved targets keep their other settings (overrides, prices) through an edit.
    targets: (a.targets || [{ model: '', weight: 1 }]).map(({ status, ...t }) => ({ ...t, weight: String(t.weight || 1) })),
    strategy: a.strategy && a.strategy !== 'STRATEGY_UNSPECIFIED' ? a.strategy : 'PRIORITY',
    maxAttempts: r.max_attempts ? String(r.max_attempts) : '',
    initialBackoff: num(r.initial_backoff, 1000),
    maxBackoff: num(r.max_backoff, 1000),
    deadline: num(r.deadline, 1),
    fallback: !!a.fallback_on_context_length,
    description: a.description || '',
  };
}

function retryOf(v) {
  const r = {};
  const positive = (text, what) => {
    const n = Number(text);
    if (!(n > 0)) throw new Error(`${what}: a number above 0.`);
    return n;
  };
  if (v.maxAttempts !== '') r.max_attempts = Math.round(positive(v.maxAttempts, 'Max attempts'));
  if (v.initialBackoff !== '') r.initial_backoff = `${positive(v.initialBackoff, 'Initial backoff') / 1000}s`;
  if (v.maxBackoff !== '') r.max_backoff = `${positive(v.maxBackoff, 'Max backoff') / 1000}s`;
  if (v.deadline !== '') r.deadline = `${positive(v.deadline, 'Deadline')}s`;
  return r;
}

export function aliasOf(v) {
  const name = v.name.trim();
  if (!name) throw new Error('Alias name: required.');
  const targets = v.targets.filter((t) => t.model.trim()).map((t) => {
    const weight = Number(t.weight || 1);
    if (!(weight >= 1) || !Number.isInteger(weight)) throw new Error(`Weight of ${t.model}: a whole number from 1.`);
    return { ...t, model: t.model.trim(), weight };
  });
  if (!targets.length) throw new Error('Add at least one target model.');
  return {
    name,
    targets,
    strategy: v.strategy,
    retry: retryOf(v),
    fallback_on_context_length: v.fallback,
    description: v.description.trim(),
  };
}

export function AliasForm({ alias, onSaved, onClose }) {
  const [v, setV] = useState(() => initial(alias));
  const [models, setModels] = useState([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  useEffect(() => {
    // Suggestions only: a failure leaves the field free text.
    api('GET', '/v1/models').then((r) => setModels((r.data || []).map((m) => m.id).filter((id) => id.includes('/'))), () => {});
  }, []);
  const set = (patch) => setV((old) => ({ ...old, ...patch }));
  const setTarget = (i, patch) => set({ targets: v.targets.map((t, j) => (j === i ? { ...t, ...patch } : t)) });
  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const body = aliasOf(v);
      if (!alias) {
        onSaved(await api('POST', '/admin/v1/aliases', body));
        return;
      }
      const before = aliasOf(initial(alias));
      const mask = Object.keys(body).filter((k) => JSON.stringify(body[k]) !== JSON.stringify(before[k]));
      onSaved(mask.length
        ? await api('PATCH', `/admin/v1/aliases/${encodeURIComponent(alias.name)}?update_mask=${mask.join(',')}`, body)
        : alias);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const listId = 'alias-models';
  return html`<${Dialog} title=${alias ? `Edit alias ${alias.name}` : 'New alias'} onClose=${onClose} wide>
    <form onSubmit=${submit} novalidate>
      <${Field} label="Alias name" hint="What clients send as the model. Letters, digits, '.', '_', ':' and '-'.">
        <input value=${v.name} required autocomplete="off" spellcheck="false" onInput=${(e) => set({ name: e.currentTarget.value })} />
      <//>
      <fieldset>
        <legend>Targets</legend>
        <datalist id=${listId}>${models.map((m) => html`<option value=${m} />`)}</datalist>
        ${v.targets.map((t, i) => html`<div class="row" key=${i}>
          <${Field} label="Target model" className="grow">
            <input value=${t.model} list=${listId} placeholder="provider/model" autocomplete="off" spellcheck="false"
              onInput=${(e) => setTarget(i, { model: e.currentTarget.value })} />
          <//>
          <${Field} label="Weight" className="narrow">
            <input type="number" min="1" step="1" value=${t.weight} onInput=${(e) => setTarget(i, { weight: e.currentTarget.value })} />
          <//>
          <button type="button" class="field-button" disabled=${v.targets.length === 1}
            aria-label=${`Remove target ${t.model || i + 1}`}
            onClick=${() => set({ targets: v.targets.filter((_, j) => j !== i) })}>Remove</button>
        </div>`)}
        <button type="button" onClick=${() => set({ targets: [...v.targets, { model: '', weight: '1' }] })}>Add target</button>
      </fieldset>
      <${Field} label="Strategy">
        <select value=${v.strategy} onChange=${(e) => set({ strategy: e.currentTarget.value })}>
          ${STRATEGIES.map(([id, text]) => html`<option value=${id}>${text}</option>`)}
        </select>
      <//>
      <fieldset>
        <legend>Retries</legend>
        <div class="row">
          <${Field} label="Max attempts" hint="Per target, first try included. Default 3.">
            <input type="number" min="1" step="1" value=${v.maxAttempts} placeholder="3" onInput=${(e) => set({ maxAttempts: e.currentTarget.value })} />
          <//>
          <${Field} label="Initial backoff (ms)" hint="Doubles each retry. Default 200.">
            <input type="number" min="1" value=${v.initialBackoff} placeholder="200" onInput=${(e) => set({ initialBackoff: e.currentTarget.value })} />
          <//>
          <${Field} label="Max backoff (ms)" hint="Default 5000.">
            <input type="number" min="1" value=${v.maxBackoff} placeholder="5000" onInput=${(e) => set({ maxBackoff: e.currentTarget.value })} />
          <//>
          <${Field} label="Deadline (s)" hint="The whole request. Default 120.">
            <input type="number" min="1" value=${v.deadline} placeholder="120" onInput=${(e) => set({ deadline: e.currentTarget.value })} />
          <//>
        </div>
        <label class="check">
          <input type="checkbox" checked=${v.fallback} onChange=${(e) => set({ fallback: e.currentTarget.checked })} />
          On a context-length error, try targets with a larger context window
        </label>
      </fieldset>
      <${Field} label="Description">
        <input value=${v.description} onInput=${(e) => set({ description: e.currentTarget.value })} />
      <//>
      <${ErrorAlert} error=${error} />
      <div class="actions">
        <button type="button" onClick=${onClose}>Cancel</button>
        <button type="submit" class="primary" disabled=${busy}>Save</button>
      </div>
    </form>
  <//>`;
}
