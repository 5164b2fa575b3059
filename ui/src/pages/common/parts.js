// Small pieces the Keys, Usage and Audit pages share: loading and error states, a modal dialog,
// and the formatting of the gateway's JSON (proto3 JSON: int64 as strings, zero values absent).
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import htm from 'htm';

export const html = htm.bind(h);

export function Loading() {
  return html`<p role="status" class="loading">Loading…</p>`;
}

/** The gateway's own message, so a failure is never a blank page. */
export function ErrorAlert({ error }) {
  if (!error) return null;
  return html`<p role="alert" class="error">${error.message || String(error)}</p>`;
}

/**
 * A native modal <dialog>: it traps focus, closes on Escape and returns focus to what opened it.
 * Named by its heading. onClose runs however it closes.
 */
export function Dialog({ title, onClose, children, class: cls = '' }) {
  const ref = useRef(null);
  const id = useRef('dlg-' + Math.random().toString(36).slice(2, 8)).current;
  useEffect(() => {
    const dlg = ref.current;
    if (dlg && !dlg.open) dlg.showModal();
    return () => dlg && dlg.open && dlg.close();
  }, []);
  return html`
    <dialog ref=${ref} class=${'page-dialog ' + cls} aria-labelledby=${id} onClose=${onClose}>
      <h2 id=${id}>${title}</h2>
      ${children}
    </dialog>
  `;
}

/** proto3 JSON writes int64 as a string and leaves zero out. */
export function num(v) {
  const n = Number(v ?? 0);
  return Number.isFinite(n) ? n : 0;
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function fmtTime(ts, none = '—') {
  if (!ts) return none;
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? none : DATE_TIME.format(d);
}

/** A time cell: readable text, the exact instant for machines and on hover. */
export function Time({ ts, none = '—' }) {
  if (!ts) return html`<span>${none}</span>`;
  return html`<time datetime=${ts} title=${ts}>${fmtTime(ts, none)}</time>`;
}

const INT = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
export function fmtInt(v) {
  return INT.format(num(v));
}

/** USD with enough decimals that a fraction of a cent still shows. */
export function fmtUsd(v) {
  const n = num(v);
  if (n === 0) return '$0.00';
  const digits = Math.abs(n) >= 1 ? 2 : Math.abs(n) >= 0.01 ? 4 : 6;
  return '$' + n.toFixed(digits);
}

/** A table that scrolls sideways on a phone; focusable so a keyboard can scroll it too. */
export function TableScroll({ label, children }) {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${label}>${children}</div>`;
}
