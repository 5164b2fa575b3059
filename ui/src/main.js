import { render } from 'preact';
import { html } from './html.js';
import { App } from './app.js';
import './styles.css';

render(html`<${App} />`, document.getElementById('app'));
