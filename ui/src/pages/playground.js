// Playground: send one prompt to a model or alias (or 2–4 side by side) and watch the answer
// stream in, with time to first token, tokens, estimated cost and what served it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { api } from '../api.js';
import { ErrorAlert, Field, Loading } from '../components.js';
import { Answer } from '../playground/answer.js';
import { chatBody, runChat } from '../playground/run.js';

const MAX_COMPARE = 4;

function ModelSelect({ label, value, models, onChange }) {
  return html`<${Field} label=${label}>
    <select value=${value} onChange=${(e) => onChange(e.currentTarget.value)}>
      ${models.map((m) => html`<option value=${m.id}>${m.id}${m.alias ? ' (alias)' : ''}</option>`)}
    </select>
  <//>`;
}

export default function Playground() {
  const [models, setModels] = useState(null);
  const [prices, setPrices] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [compare, setCompare] = useState(false);
  const [picked, setPicked] = useState(['', '']);
  const [form, setForm] = useState({ system: '', message: '', temperature: '', maxTokens: '' });
  const [runs, setRuns] = useState([]);
  const [running, setRunning] = useState(false);
  const controller = useRef(null);

  useEffect(() => {
    api('GET', '/v1/models').then((r) => {
      // Aliases first: they are what most clients should use. The gateway marks them by owner.
      const list = (r.data || []).map((m) => ({ id: m.id, alias: !m.id.includes('/') && m.owned_by === 'switchboard' }));
      list.sort((a, b) => (a.alias === b.alias ? a.id.localeCompare(b.id) : a.alias ? -1 : 1));
      setModels(list);
      if (list.length) setPicked([list[0].id, (list[1] || list[0]).id]);
    }, setLoadError);
    // Prices only feed the cost estimate; without them the cost shows as unknown.
    api('GET', '/admin/v1/prices').then((r) => setPrices(r.prices || []), () => setPrices([]));
    return () => controller.current && controller.current.abort();
  }, []);

  const set = (patch) => setForm((old) => ({ ...old, ...patch }));
  const chosen = compare ? picked : picked.slice(0, 1);

  const send = async (e) => {
    e.preventDefault();
    if (!form.message.trim() || running) return;
    const ctl = new AbortController();
    controller.current = ctl;
    setRunning(true);
    const targets = [...chosen];
    setRuns(targets.map((model) => ({ model, text: '', state: 'streaming' })));
    // Each run updates only its own slot, so concurrent streams never overwrite each other.
    await Promise.all(targets.map((model, i) => runChat(chatBody(model, form), ctl.signal, (patch) =>
      setRuns((old) => old.map((r, j) => (j === i ? { ...r, ...patch } : r))))));
    setRunning(false);
    controller.current = null;
  };
  const stop = () => controller.current && controller.current.abort();

  if (loadError) return html`<h1>Playground</h1><${ErrorAlert} error=${loadError} />`;
  if (!models) return html`<h1>Playground</h1><${Loading} />`;
  return html`<section>
    <h1>Playground</h1>
    ${models.length === 0 && html`<p class="empty">No models yet: add a provider first.</p>`}
    <form class="card playground" onSubmit=${send}>
      <label class="check">
        <input type="checkbox" checked=${compare} onChange=${(e) => setCompare(e.currentTarget.checked)} />
        Compare
      </label>
      <div class="row">
        ${!compare && html`<${ModelSelect} label="Model" value=${picked[0]} models=${models}
          onChange=${(m) => setPicked([m, ...picked.slice(1)])} />`}
        ${compare && picked.map((m, i) => html`<${ModelSelect} key=${i} label=${`Model ${i + 1}`} value=${m} models=${models}
          onChange=${(v) => setPicked(picked.map((x, j) => (j === i ? v : x)))} />`)}
        ${compare && html`<div class="row">
          <button type="button" disabled=${picked.length >= MAX_COMPARE || models.length === 0}
            onClick=${() => setPicked([...picked, models[picked.length % models.length].id])}>Add model</button>
          ${picked.length > 2 && html`<button type="button" onClick=${() => setPicked(picked.slice(0, -1))}>Remove last</button>`}
        </div>`}
      </div>
      <${Field} label="System prompt">
        <textarea rows="2" value=${form.system} onInput=${(e) => set({ system: e.currentTarget.value })} />
      <//>
      <${Field} label="Message" hint="Ctrl+Enter sends.">
        <textarea rows="4" value=${form.message} required onInput=${(e) => set({ message: e.currentTarget.value })}
          onKeyDown=${(e) => {
            // Ctrl+Enter (⌘+Enter) sends, as in most chat tools; Enter alone is a new line.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.form.requestSubmit();
            }
          }} />
      <//>
      <div class="row">
        <${Field} label="Temperature" hint="0–2; empty: the model's default.">
          <input type="number" min="0" max="2" step="0.1" value=${form.temperature} onInput=${(e) => set({ temperature: e.currentTarget.value })} />
        <//>
        <${Field} label="Max tokens" hint="Empty: no limit.">
          <input type="number" min="1" step="1" value=${form.maxTokens} onInput=${(e) => set({ maxTokens: e.currentTarget.value })} />
        <//>
      </div>
      <div class="actions">
        <button type="button" onClick=${stop} disabled=${!running}>Stop</button>
        <button type="submit" class="primary" disabled=${running || !form.message.trim() || models.length === 0}>Send</button>
      </div>
    </form>
    ${runs.length > 0 && html`<div class=${runs.length > 1 ? 'answers' : ''}>
      ${runs.map((r) => html`<div>
        ${runs.length > 1 && html`<h2 class="answer-title"><code>${r.model}</code></h2>`}
        <${Answer} label=${runs.length > 1 ? `Answer ${r.model}` : 'Answer'} run=${r} prices=${prices} />
      </div>`)}
    </div>`}
  </section>`;
}
