// Add or edit a provider. The form is generated from the chosen preset (GET /admin/v1/presets):
// its protocol, host, port and base path fill the connection fields, its format and auth type
// the rest, and the base URL is composed from them (or typed whole, and split back).
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { api } from '../api.js';
import { Dialog, ErrorAlert, Field, Loading, durationSeconds } from '../components.js';
import { HeaderEditor, headersFrom, rowsFrom } from './headers.js';

const FORMATS = [
  ['openai', 'OpenAI chat completions'],
  ['anthropic', 'Anthropic messages'],
  ['gemini', 'Google Gemini'],
  ['openai_responses', 'OpenAI Responses'],
];
const AUTH_BY_FORMAT = { anthropic: 'x-api-key', gemini: 'x-goog-api-key' };
const AUTH_TEXT = {
  bearer: 'Authorization: Bearer <key>',
  'x-api-key': 'x-api-key: <key>',
  'x-goog-api-key': 'x-goog-api-key: <key>',
  none: 'No key is sent',
};

export function compose({ protocol, host, port, basePath }) {
  if (!host) return '';
  const defaultPort = (protocol === 'https' && +port === 443) || (protocol === 'http' && +port === 80);
  const path = basePath && !basePath.startsWith('/') ? '/' + basePath : basePath || '';
  return `${protocol}://${host}${port && !defaultPort ? ':' + port : ''}${path}`;
}

export function split(url) {
  try {
    const u = new URL(url);
    const protocol = u.protocol.replace(':', '');
    if (protocol !== 'http' && protocol !== 'https') return null;
    const port = u.port || (protocol === 'https' ? '443' : '80');
    return { protocol, host: u.hostname, port, basePath: u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '') };
  } catch {
    return null;
  }
}

function fromPreset(preset) {
  return {
    protocol: preset.protocol || 'https',
    host: preset.host || '',
    port: preset.port ? String(preset.port) : '',
    basePath: preset.base_path || '',
    baseUrl: preset.base_url || '',
    format: preset.api_format || 'openai',
  };
}

function initial(provider) {
  if (!provider) return { name: '', preset: '', apiKey: '', timeout: '120', rows: [], ...fromPreset({}) };
  const parts = split(provider.base_url || '') || fromPreset({});
  return {
    ...parts,
    name: provider.name,
    preset: provider.preset || 'custom',
    baseUrl: provider.base_url || '',
    format: provider.api_format || 'openai',
    apiKey: '',
    timeout: String(durationSeconds(provider.timeout) || 120),
    rows: rowsFrom(provider),
  };
}

/** `provider` absent: add; present: edit (PATCH with an update_mask of what changed). */
export function ProviderForm({ provider, onSaved, onClose }) {
  const editing = !!provider;
  const [presets, setPresets] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [v, setV] = useState(() => initial(provider));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  useEffect(() => {
    api('GET', '/admin/v1/presets').then((r) => {
      const list = r.presets || [];
      setPresets(list);
      if (!editing && list.length) {
        const first = list.find((p) => p.name === 'custom') || list[0];
        setV((old) => ({ ...old, preset: first.name, ...fromPreset(first) }));
      }
    }, setLoadError);
  }, []);
  const preset = (presets || []).find((p) => p.name === v.preset) || {};
  const set = (patch) => setV((old) => ({ ...old, ...patch }));
  // A connection part changed: the base URL follows.
  const setPart = (patch) => setV((old) => {
    const next = { ...old, ...patch };
    return { ...next, baseUrl: compose(next) };
  });
  const setBaseUrl = (baseUrl) => setV((old) => ({ ...old, baseUrl, ...(split(baseUrl) || {}) }));
  const choosePreset = (name) => {
    const p = presets.find((x) => x.name === name);
    setV((old) => ({ ...old, preset: name, ...fromPreset(p) }));
  };
  const authType = preset.name && preset.name !== 'custom' ? preset.auth_type : AUTH_BY_FORMAT[v.format] || 'bearer';

  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const saved = await save(provider, v, preset);
      onSaved(saved);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const title = editing ? `Edit provider ${provider.name}` : 'Add provider';
  if (loadError) return html`<${Dialog} title=${title} onClose=${onClose}><${ErrorAlert} error=${loadError} /><//>`;
  if (!presets) return html`<${Dialog} title=${title} onClose=${onClose}><${Loading} /><//>`;
  return html`<${Dialog} title=${title} onClose=${onClose} wide>
    <form onSubmit=${submit} novalidate>
      <div class="row">
        <${Field} label="Preset" hint=${editing ? 'Fixed once the provider exists.' : preset.local ? 'Usually runs on this machine.' : undefined}>
          <select value=${v.preset} disabled=${editing} onChange=${(e) => choosePreset(e.currentTarget.value)}>
            ${presets.map((p) => html`<option value=${p.name}>${p.display_name || p.name}</option>`)}
          </select>
        <//>
        <${Field} label="Name" hint="Model ids are <name>/<model>. Letters, digits, '.', '_' and '-'.">
          <input value=${v.name} required maxlength="64" pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*" autocomplete="off"
            spellcheck="false" onInput=${(e) => set({ name: e.currentTarget.value })} />
        <//>
      </div>
      <fieldset>
        <legend>Connection</legend>
        <div class="row">
          <${Field} label="Protocol">
            <select value=${v.protocol} onChange=${(e) => setPart({ protocol: e.currentTarget.value })}>
              <option value="https">https</option>
              <option value="http">http</option>
            </select>
          <//>
          <${Field} label="Host">
            <input value=${v.host} autocomplete="off" spellcheck="false" onInput=${(e) => setPart({ host: e.currentTarget.value })} />
          <//>
          <${Field} label="Port">
            <input type="number" min="1" max="65535" value=${v.port} onInput=${(e) => setPart({ port: e.currentTarget.value })} />
          <//>
          <${Field} label="Base path">
            <input value=${v.basePath} autocomplete="off" spellcheck="false" placeholder="/v1"
              onInput=${(e) => setPart({ basePath: e.currentTarget.value })} />
          <//>
        </div>
        <${Field} label="Base URL" hint="Composed from the fields above, or paste a whole URL.">
          <input type="url" value=${v.baseUrl} required=${v.preset === 'custom'} autocomplete="off" spellcheck="false"
            placeholder="https://api.example.com/v1" onInput=${(e) => setBaseUrl(e.currentTarget.value)} />
        <//>
      </fieldset>
      <div class="row">
        <${Field} label="Format">
          <select value=${v.format} onChange=${(e) => set({ format: e.currentTarget.value })}>
            ${FORMATS.map(([id, text]) => html`<option value=${id}>${text}</option>`)}
          </select>
        <//>
        <${Field} label="Auth type" hint="Set by the preset (for custom: by the format).">
          <input readonly value=${AUTH_TEXT[authType] || authType} />
        <//>
        <${Field} label="Timeout" hint="Seconds; for streams, the longest gap between events.">
          <input type="number" min="1" max="3600" value=${v.timeout} onInput=${(e) => set({ timeout: e.currentTarget.value })} />
        <//>
      </div>
      <${Field} label="API key" hint=${editing
        ? `Saved key ${provider.api_key_masked || '(none)'}; leave empty to keep it.`
        : authType === 'none' ? 'Not needed by this preset.' : 'Write-only: sealed at rest, never shown again.'}>
        <input type="password" value=${v.apiKey} autocomplete="new-password" spellcheck="false"
          onInput=${(e) => set({ apiKey: e.currentTarget.value })} />
      <//>
      <${HeaderEditor} rows=${v.rows} onChange=${(rows) => set({ rows })} />
      <${ErrorAlert} error=${error} />
      <div class="actions">
        <button type="button" onClick=${onClose}>Cancel</button>
        <button type="submit" class="primary" disabled=${busy}>Save</button>
      </div>
    </form>
  <//>`;
}

async function save(old, v, preset) {
  const name = v.name.trim();
  if (!name) throw new Error('Name: required.');
  const timeout = Number(v.timeout);
  if (!(timeout > 0)) throw new Error('Timeout: a number of seconds above 0.');
  const savedSecrets = old ? Object.keys(old.secret_headers_masked || {}) : [];
  const { headers, secretHeaders, secretsChanged } = headersFrom(v.rows, savedSecrets);
  const baseUrl = v.baseUrl.trim();
  if (!old) {
    const body = { name, preset: v.preset, api_format: v.format, timeout: `${timeout}s`, headers };
    // A preset's own URL is left out, so the provider keeps following the preset.
    if (baseUrl && baseUrl !== preset.base_url) body.base_url = baseUrl;
    if (v.apiKey) body.api_key = v.apiKey;
    if (Object.keys(secretHeaders).length) body.secret_headers = secretHeaders;
    return api('POST', '/admin/v1/providers', body);
  }
  const body = {};
  const mask = [];
  const change = (field, value, before) => {
    if (JSON.stringify(value) !== JSON.stringify(before)) {
      body[field] = value;
      mask.push(field);
    }
  };
  change('name', name, old.name);
  change('base_url', baseUrl, old.base_url || '');
  change('api_format', v.format, old.api_format || 'openai');
  change('timeout', `${timeout}s`, old.timeout ? `${durationSeconds(old.timeout)}s` : '120s');
  change('headers', headers, old.headers || {});
  if (secretsChanged) {
    body.secret_headers = secretHeaders;
    mask.push('secret_headers');
  }
  // The key is sealed to its origin: with a new base URL it travels in the same update;
  // otherwise it is replaced by RotateProviderKey.
  const rotate = v.apiKey && !mask.includes('base_url');
  if (v.apiKey && !rotate) {
    body.api_key = v.apiKey;
    mask.push('api_key');
  }
  let saved = old;
  const path = `/admin/v1/providers/${encodeURIComponent(old.name)}`;
  if (mask.length) saved = await api('PATCH', `${path}?update_mask=${mask.join(',')}`, body);
  if (rotate) {
    saved = await api('POST', `/admin/v1/providers/${encodeURIComponent(saved.name)}:rotateKey`, { api_key: v.apiKey });
  }
  return saved;
}
