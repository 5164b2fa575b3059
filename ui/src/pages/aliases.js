// Aliases: one model name over several provider models, with strategy, retries and live
// breaker state per target (polled every 5 s).
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api } from '../api.js';
import { ConfirmDialog, ErrorAlert, Loading } from '../components.js';
import { usePoll } from '../poll.js';
import { mayEdit } from '../session.js';
import { AliasCard } from '../aliases/card.js';
import { AliasForm } from '../aliases/form.js';

function canChange(me, a) {
  if (me.role === 'admin' || me.role === 'operator') return true;
  return me.role === 'member' && !!a.owner && a.owner === me.user_name;
}

export default function Aliases({ me }) {
  const { data, error, refresh } = usePoll(
    () => api('GET', '/admin/v1/aliases').then((r) => r.aliases || []), 5000);
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  const saved = () => {
    close();
    refresh();
  };
  return html`<section>
    <div class="toolbar">
      <h1>Aliases</h1>
      ${mayEdit(me.role) && html`<button type="button" class="primary" onClick=${() => setDialog({ add: true })}>New alias</button>`}
    </div>
    <${ErrorAlert} error=${error} />
    ${data === undefined && !error && html`<${Loading} />`}
    ${data && data.length === 0 && html`<p class="empty">No aliases yet. An alias gives several provider models one name, with failover.</p>`}
    ${data && data.length > 0 && html`<div class="cards wide-cards">
      ${data.map((a) => html`<${AliasCard} key=${a.name} alias=${a} canChange=${canChange(me, a)}
        onEdit=${() => setDialog({ edit: a })} onDelete=${() => setDialog({ remove: a })} />`)}
    </div>`}
    ${dialog && dialog.add && html`<${AliasForm} onSaved=${saved} onClose=${close} />`}
    ${dialog && dialog.edit && html`<${AliasForm} alias=${dialog.edit} onSaved=${saved} onClose=${close} />`}
    ${dialog && dialog.remove && html`<${ConfirmDialog} title=${`Delete alias ${dialog.remove.name}`}
      message=${`Clients that send ${dialog.remove.name} as the model will get an error.`}
      confirmLabel="Delete" onClose=${close}
      onConfirm=${async () => {
        await api('DELETE', `/admin/v1/aliases/${encodeURIComponent(dialog.remove.name)}`);
        refresh();
      }} />`}
  </section>`;
}
