// Placeholder until the Playground page is built.
import { html } from '../html.js';

export default function Playground() {
  return html`<h1>Playground</h1>
    <p>Not built yet.</p>`;
}
