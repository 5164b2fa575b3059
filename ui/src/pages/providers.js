// Providers: a card per provider with its live state (polled every 3 s), add from a preset,
// edit, enable/disable, delete, test and list models.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api } from '../api.js';
import { ConfirmDialog, ErrorAlert, Loading } from '../components.js';
import { usePoll } from '../poll.js';
import { mayEdit } from '../session.js';
import { ProviderCard } from '../providers/card.js';
import { ProviderForm } from '../providers/form.js';

const POLL_MS = 3000;

/** Admins and operators change shared providers and their own; members only their own. */
function canChange(me, p) {
  if (me.role === 'admin' || me.role === 'operator') return true;
  return me.role === 'member' && !!p.owner && p.owner === me.user_name;
}

export default function Providers({ me }) {
  const { data, error, refresh } = usePoll(
    () => api('GET', '/admin/v1/providers').then((r) => r.providers || []), POLL_MS);
  // null, { add: true }, { edit: provider } or { remove: provider }
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  const saved = () => {
    close();
    refresh();
  };
  return html`<section>
    <div class="toolbar">
      <h1>Providers</h1>
      ${mayEdit(me.role) && html`<button type="button" class="primary" onClick=${() => setDialog({ add: true })}>Add provider</button>`}
    </div>
    <${ErrorAlert} error=${error} />
    ${data === undefined && !error && html`<${Loading} />`}
    ${data && data.length === 0 && html`<p class="empty">No providers yet.${mayEdit(me.role) ? ' Add one from a preset.' : ''}</p>`}
    ${data && data.length > 0 && html`<div class="cards">
      ${data.map((p) => html`<${ProviderCard} key=${p.id || p.name} provider=${p} canChange=${canChange(me, p)}
        onEdit=${() => setDialog({ edit: p })} onDelete=${() => setDialog({ remove: p })} onChanged=${refresh} />`)}
    </div>`}
    ${dialog && dialog.add && html`<${ProviderForm} onSaved=${saved} onClose=${close} />`}
    ${dialog && dialog.edit && html`<${ProviderForm} provider=${dialog.edit} onSaved=${saved} onClose=${close} />`}
    ${dialog && dialog.remove && html`<${ConfirmDialog} title=${`Delete provider ${dialog.remove.name}`}
      message=${`Requests for ${dialog.remove.name}/… models and aliases that target it will fail. Its key is destroyed.`}
      confirmLabel="Delete" onClose=${close}
      onConfirm=${async () => {
        await api('DELETE', `/admin/v1/providers/${encodeURIComponent(dialog.remove.name)}`);
        refresh();
      }} />`}
  </section>`;
}
