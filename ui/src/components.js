// Widgets every page shares. Dialogs are native <dialog> opened with showModal(): the browser
// makes the rest of the page inert (the focus trap) and turns Escape into a cancel event.
import { cloneElement } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { html } from './html.js';

export function Loading({ label = 'Loading…' }) {
  return html`<p role="status" class="loading">${label}</p>`;
}

/** The gateway's error message, announced. */
export function ErrorAlert({ error }) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message || String(error);
  return html`<div role="alert" class="alert">${message}</div>`;
}

/** A modal dialog named by its title; `onClose` runs on Escape and on the close button. */
export function Dialog({ title, onClose, children, wide }) {
  const ref = useRef(null);
  const unmounting = useRef(false);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    dialog.showModal();
    // Focus the first field rather than the close button, so typing starts at once.
    const first = dialog.querySelector('input:not([type=hidden]), select, textarea, [data-autofocus]');
    if (first) first.focus();
    return () => {
      unmounting.current = true;
      if (dialog.open) dialog.close();
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);
  const cancel = (e) => {
    e.preventDefault();
    onClose();
  };
  // The browser may close a modal itself (a repeated Escape skips the cancel event): follow it.
  const closed = () => {
    if (!unmounting.current) onClose();
  };
  return html`<dialog ref=${ref} class=${wide ? 'dialog wide' : 'dialog'} aria-labelledby=${titleId}
      onCancel=${cancel} onClose=${closed}>
    <div class="dialog-head">
      <h2 id=${titleId}>${title}</h2>
      <button type="button" class="icon" aria-label="Close" onClick=${onClose}>×</button>
    </div>
    ${children}
  </dialog>`;
}

/** Asks before something irreversible; `onConfirm` may be async, and its failure is shown. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return html`<${Dialog} title=${title} onClose=${onClose}>
    <p>${message}</p>
    <${ErrorAlert} error=${error} />
    <div class="actions">
      <button type="button" onClick=${onClose} data-autofocus>Cancel</button>
      <button type="button" class="danger" disabled=${busy} onClick=${confirm}>${confirmLabel}</button>
    </div>
  <//>`;
}

/** A labelled control: the single child gets the id the label points at (and the hint's id). */
export function Field({ label, hint, children, className }) {
  const id = useId();
  const hintId = hint ? id + '-hint' : undefined;
  const control = cloneElement(children, { id, 'aria-describedby': hintId });
  return html`<div class=${'field ' + (className || '')}>
    <label for=${id}>${label}</label>
    ${control}
    ${hint && html`<small id=${hintId} class="hint">${hint}</small>`}
  </div>`;
}

/** A checkbox announced as a switch. */
export function Switch({ label, checked, onChange, disabled }) {
  return html`<label class="switch">
    <input type="checkbox" role="switch" checked=${checked} disabled=${disabled}
      onChange=${(e) => onChange(e.currentTarget.checked)} />
    <span class="track" aria-hidden="true"></span>
    <span>${label}</span>
  </label>`;
}

/** A secret as the gateway returns it: already masked (`****abcd`); never the secret itself. */
export function Masked({ value }) {
  if (!value) return html`<span class="muted">none</span>`;
  const shown = value.startsWith('****') ? value : '****' + value.slice(-4);
  return html`<code class="masked">${shown}</code>`;
}

const STATES = {
  CONNECTED: ['Connected', 'ok'],
  CONNECTING: ['Connecting', 'busy'],
  DISCONNECTED: ['Disconnected', 'off'],
  DISABLED: ['Disabled', 'off'],
  ERROR: ['Error', 'bad'],
};

/** A provider's connection state as one of five words, with its colour. */
export function StatusBadge({ state }) {
  const [text, tone] = STATES[state] || STATES.CONNECTING;
  return html`<span class=${'badge ' + tone}><span class="dot" aria-hidden="true"></span>${text}</span>`;
}

const UNITS = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];
const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 minutes ago" / "in 2 days" for an RFC 3339 time. */
export function relativeTime(iso, now = Date.now()) {
  const t = Date.parse(iso);
  if (!iso || Number.isNaN(t)) return '';
  const seconds = Math.round((t - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return relativeFormat.format(Math.round(seconds / size), unit);
    }
  }
  return '';
}

/** A time shown relative, with the exact time on hover and in the datetime attribute. */
export function RelTime({ time, never = 'never' }) {
  if (!time) return html`<span class="muted">${never}</span>`;
  return html`<time datetime=${time} title=${new Date(time).toLocaleString()}>${relativeTime(time)}</time>`;
}

/** Seconds from a protobuf Duration in JSON ("1.5s"); NaN when absent. */
export function durationSeconds(d) {
  return d ? parseFloat(String(d).replace(/s$/, '')) : NaN;
}

/** A protobuf Duration shown in ms ("123 ms"). */
export function formatMs(d) {
  const s = durationSeconds(d);
  return Number.isNaN(s) ? '' : `${Math.round(s * 1000)} ms`;
}
