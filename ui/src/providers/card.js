// One provider's card: its state at a glance, and the actions on it.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { api } from '../api.js';
import { ErrorAlert, Field, Loading, Masked, RelTime, StatusBadge, Switch, formatMs } from '../components.js';

const path = (name) => `/admin/v1/providers/${encodeURIComponent(name)}`;

export function ProviderCard({ provider: p, canChange, onEdit, onDelete, onChanged }) {
  // Which panel is open under the buttons: 'test', 'prompt', 'models' or none.
  const [panel, setPanel] = useState('');
  const [toggleError, setToggleError] = useState(null);
  const [toggling, setToggling] = useState(false);
  const enabled = p.enabled !== false;
  const toggle = async (on) => {
    setToggling(true);
    setToggleError(null);
    try {
      await api('PATCH', `${path(p.name)}?update_mask=enabled`, { enabled: on });
      onChanged();
    } catch (e) {
      setToggleError(e);
    } finally {
      setToggling(false);
    }
  };
  const open = (name) => setPanel(panel === name ? '' : name);
  const usage = p.usage_24h;
  return html`<article class="card provider" aria-label=${`Provider ${p.name}`}>
    <div class="card-head">
      <h2>${p.name}</h2>
      <${StatusBadge} state=${p.state} />
    </div>
    ${p.state === 'ERROR' && html`<p class="error-detail">
      ${p.last_error || 'The last check failed.'} ${' '}
      ${p.last_error_time && html`<span class="muted">(<${RelTime} time=${p.last_error_time} />)</span>`}
    </p>`}
    <dl>
      <dt>Preset</dt><dd>${p.preset || 'custom'}</dd>
      <dt>Format</dt><dd>${p.api_format || 'openai'}</dd>
      <dt>Base URL</dt><dd><code>${p.base_url}</code></dd>
      <dt>API key</dt><dd><${Masked} value=${p.api_key_masked} /></dd>
      ${p.owner && html`<dt>Owner</dt><dd>${p.owner}</dd>`}
      <dt>State since</dt><dd><${RelTime} time=${p.state_time} never="—" /></dd>
      ${usage && html`<dt>Last 24 h</dt><dd>${usageText(usage)}</dd>`}
    </dl>
    ${canChange && html`<div class="buttons">
      <button type="button" aria-expanded=${panel === 'test'} onClick=${() => open('test')}>Test connection</button>
      <button type="button" aria-expanded=${panel === 'prompt'} onClick=${() => open('prompt')}>Test prompt</button>
      <button type="button" aria-expanded=${panel === 'models'} onClick=${() => open('models')}>Models</button>
      <button type="button" onClick=${onEdit}>Edit</button>
      <button type="button" onClick=${onDelete}>Delete</button>
      <${Switch} label="Enabled" checked=${enabled} disabled=${toggling} onChange=${toggle} />
    </div>`}
    <${ErrorAlert} error=${toggleError} />
    ${panel === 'test' && html`<${TestConnection} name=${p.name} onDone=${onChanged} />`}
    ${panel === 'prompt' && html`<${TestPrompt} name=${p.name} onDone=${onChanged} />`}
    ${panel === 'models' && html`<${Models} name=${p.name} />`}
  </article>`;
}

/** The last 24 hours from usage_24h.totals (int64 fields arrive as strings in proto JSON). */
function usageText(u) {
  const t = u.totals || {};
  const n = (x) => Number(x || 0);
  const parts = [`${n(t.requests)} requests`];
  if (n(t.errors)) parts.push(`${n(t.errors)} errors`);
  const tokens = n(t.prompt_tokens) + n(t.completion_tokens);
  if (tokens) parts.push(`${tokens.toLocaleString('en')} tokens`);
  if (n(t.cost_nanos)) parts.push(`$${t.cost_usd}`);
  if (n(t.requests)) parts.push(`p50 ${n(t.latency_p50_ms)} ms`);
  return parts.join(' · ');
}

/** Runs the test once when opened: the model-list call, its latency and model count. */
function TestConnection({ name, onDone }) {
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    api('POST', `${path(name)}:test`, {}).then((r) => {
      setResult(r);
      onDone();
    }, setError);
  }, []);
  if (error) return html`<${ErrorAlert} error=${error} />`;
  if (!result) return html`<div class="result"><${Loading} label="Testing…" /></div>`;
  if (!result.ok) return html`<div class="result" role="alert"><strong>Failed</strong>${result.latency ? ` after ${formatMs(result.latency)}` : ''}: ${result.error}</div>`;
  return html`<div class="result" role="status">
    <strong class="success">Reachable</strong> in ${formatMs(result.latency)} · ${result.model_count || 0} models
  </div>`;
}

function TestPrompt({ name, onDone }) {
  const [prompt, setPrompt] = useState('Say hi');
  const [model, setModel] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const send = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api('POST', `${path(name)}:test`, model.trim() ? { prompt, model: model.trim() } : { prompt }));
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return html`<form class="result" onSubmit=${send}>
    <div class="row">
      <${Field} label="Prompt" hint="At most 30 characters.">
        <input value=${prompt} maxlength="30" required onInput=${(e) => setPrompt(e.currentTarget.value)} />
      <//>
      <${Field} label="Model (optional)" hint="Empty: the first model the upstream lists.">
        <input value=${model} autocomplete="off" spellcheck="false" onInput=${(e) => setModel(e.currentTarget.value)} />
      <//>
      <button type="submit" class="primary" disabled=${busy || !prompt.trim()}>Send</button>
    </div>
    ${busy && html`<${Loading} label="Waiting for the reply…" />`}
    <${ErrorAlert} error=${error} />
    ${result && (result.ok
      ? html`<div role="status"><p><strong class="success">${formatMs(result.prompt_latency || result.latency)}</strong>
          ${result.model && html` · <code>${result.model}</code>`}</p>
          <blockquote class="reply">${result.reply}</blockquote></div>`
      : html`<div role="alert" class="alert">${result.error}</div>`)}
  </form>`;
}

function Models({ name }) {
  const [models, setModels] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    api('GET', `${path(name)}/models`).then((r) => setModels(r.models || []), setError);
  }, []);
  if (error) return html`<${ErrorAlert} error=${error} />`;
  if (!models) return html`<div class="result"><${Loading} /></div>`;
  return html`<div class="result">
    <h3>${models.length} ${models.length === 1 ? 'model' : 'models'}</h3>
    <ul class="models">${models.map((m) => html`<li key=${m.id}><code>${m.id}</code></li>`)}</ul>
  </div>`;
}
