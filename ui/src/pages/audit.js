// Placeholder until the Audit page is built.
import { html } from '../html.js';

export default function Audit() {
  return html`<h1>Audit</h1>
    <p>Not built yet.</p>`;
}
