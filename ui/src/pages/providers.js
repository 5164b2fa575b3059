// Placeholder until the Providers page is built.
import { html } from '../html.js';

export default function Providers() {
  return html`<h1>Providers</h1>
    <p>Not built yet.</p>`;
}
