// Placeholder until the Keys page is built.
import { html } from '../html.js';

export default function Keys() {
  return html`<h1>Keys</h1>
    <p>Not built yet.</p>`;
}
