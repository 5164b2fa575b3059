// What the Keys, Usage and Audit pages share beyond the app's components: the formatting of the
// gateway's JSON (proto3 JSON: int64 as strings, zero values left out) and a scrolling table box.
import { html } from '../../html.js';

export { html };
export { Loading, ErrorAlert, Dialog, ConfirmDialog, Field, RelTime } from '../../components.js';

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
  if (!ts) return html`<span class="muted">${none}</span>`;
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

/** A table that scrolls sideways on a phone; focusable so that a keyboard can scroll it too. */
export function TableScroll({ label, children }) {
  return html`<div class="table-wrap table-scroll" tabindex="0" role="region" aria-label=${label}>${children}</div>`;
}
