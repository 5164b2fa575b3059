// The custom-header editor: rows of name, value and a "Secret" toggle. Secret values are sent as
// secret_headers (sealed at rest, never returned); a saved secret shows only its masked value.
import { html } from '../html.js';
import { Field } from '../components.js';

export function HeaderEditor({ rows, onChange }) {
  const set = (i, patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i) => onChange(rows.filter((_, j) => j !== i));
  const add = () => onChange([...rows, { name: '', value: '', secret: false }]);
  return html`<fieldset class="headers">
    <legend>Custom headers</legend>
    ${rows.length === 0 && html`<p class="muted small">None. Added to every request sent upstream.</p>`}
    ${rows.map((r, i) => html`<div class="row header-row" key=${i}>
      <${Field} label="Header name">
        <input value=${r.name} autocomplete="off" spellcheck="false"
          onInput=${(e) => set(i, { name: e.currentTarget.value })} />
      <//>
      <${Field} label="Header value" hint=${r.masked && !r.value ? `Saved as ${r.masked}; type to replace` : undefined}>
        <input type=${r.secret ? 'password' : 'text'} value=${r.value} autocomplete="off" spellcheck="false"
          placeholder=${r.masked || ''}
          onInput=${(e) => set(i, { value: e.currentTarget.value, touched: true })} />
      <//>
      <label class="check">
        <input type="checkbox" checked=${r.secret}
          onChange=${(e) => set(i, { secret: e.currentTarget.checked, touched: true })} />
        Secret
      </label>
      <button type="button" onClick=${() => remove(i)} aria-label=${`Remove header ${r.name || i + 1}`}>Remove</button>
    </div>`)}
    <button type="button" onClick=${add}>Add header</button>
  </fieldset>`;
}

/** Editor rows from a saved provider: plain headers with values, secret ones masked. */
export function rowsFrom(provider) {
  const plain = Object.entries(provider.headers || {}).map(([name, value]) => ({ name, value, secret: false }));
  const secret = Object.entries(provider.secret_headers_masked || {})
    .map(([name, masked]) => ({ name, value: '', masked, secret: true, saved: true }));
  return [...plain, ...secret];
}

/**
 * The headers and secret_headers to send, and whether the secret ones changed (secret_headers is
 * replaced whole, so a change needs every secret value typed again). Throws a message otherwise.
 */
export function headersFrom(rows, savedSecretNames) {
  const headers = {};
  const secretHeaders = {};
  const used = rows.filter((r) => r.name.trim());
  for (const r of used) (r.secret ? secretHeaders : headers)[r.name.trim()] = r.value;
  const secretRows = used.filter((r) => r.secret);
  const unchanged =
    secretRows.length === savedSecretNames.length &&
    secretRows.every((r) => r.saved && !r.touched && savedSecretNames.includes(r.name.trim()));
  if (!unchanged && secretRows.some((r) => !r.value)) {
    throw new Error('Type the value of every secret header again to change secret headers.');
  }
  return { headers, secretHeaders, secretsChanged: !unchanged };
}
