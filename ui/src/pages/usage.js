// Placeholder until the Usage page is built.
import { html } from '../html.js';

export default function Usage() {
  return html`<h1>Usage</h1>
    <p>Not built yet.</p>`;
}
