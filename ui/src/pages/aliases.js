// Placeholder until the Aliases page is built.
import { html } from '../html.js';

export default function Aliases() {
  return html`<h1>Aliases</h1>
    <p>Not built yet.</p>`;
}
