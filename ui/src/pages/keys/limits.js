// One key's limits (LimitAdmin, scope "key"): rate limits, budget and quota, and where the key
// stands now. Admins and operators change them; everyone else reads their own.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api.js';
import { html, Dialog, ErrorAlert, Field, Loading, fmtInt, fmtUsd, fmtTime, num } from '../common/parts.js';

export function LimitsDialog({ me, apiKey, hasLimits = true, onClose }) {
  const canEdit = me?.role === 'admin' || me?.role === 'operator';
  const path = `/admin/v1/limits/key/${encodeURIComponent(apiKey.id)}`;
  // undefined: loading; null: the key has no limits; otherwise the LimitPolicy.
  const [policy, setPolicy] = useState(undefined);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // The list knows which keys have limits: no request (and no 404) for one without.
    if (!hasLimits) {
      setPolicy(null);
      return;
    }
    api('GET', path)
      .then(setPolicy)
      .catch((e) => {
        if (e.status === 404) setPolicy(null);
        else {
          setPolicy(null);
          setError(e);
        }
      });
  }, [path, hasLimits]);

  const save = async (ev) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      setPolicy(await api('PUT', path, policyFrom(new FormData(ev.currentTarget))));
      setSaved('Limits saved.');
    } catch (e) {
      setError(e);
    }
    setBusy(false);
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      await api('DELETE', path);
      setPolicy(null);
      setSaved('Limits removed: the key has none now.');
    } catch (e) {
      setError(e);
    }
    setBusy(false);
  };

  // The fields are uncontrolled (default values): a re-render while saving, or a failed save, must
  // not undo an edit. The form is keyed by the policy's version, so a saved policy refills it.
  const p = policy || {};
  const b = p.budget || {};
  const q = p.quota || {};
  const title = `Limits of ${apiKey.name || apiKey.prefix}`;
  return html`
    <${Dialog} title=${title} onClose=${onClose} wide>
      ${policy === undefined
        ? html`<${Loading} />`
        : html`
            ${policy ? html`<${Standing} policy=${policy} />` : html`<p>This key has no limits of its own.</p>`}
            <form class="form limits-form" onSubmit=${save} key=${p.update_time || 'none'}>
              <fieldset disabled=${!canEdit || busy}>
                <legend>Rate</legend>
                ${numberField('Requests per minute (RPM)', 'rpm', p.requests_per_minute)}
                ${numberField('Tokens per minute (TPM)', 'tpm', p.tokens_per_minute)}
                ${numberField('Max concurrent requests', 'concurrent', p.max_concurrent)}
              </fieldset>
              <fieldset disabled=${!canEdit || busy}>
                <legend>Budget</legend>
                <${Field} label="Budget (USD)">
                  <input name="budget" inputmode="decimal" pattern="[0-9]+(\\.[0-9]{1,9})?" defaultValue=${b.amount_usd || ''}
                    placeholder="25.00" autocomplete="off" />
                <//>
                ${periodField('Budget period', 'budget_period', b.period)}
                <label class="check">
                  <input type="checkbox" name="budget_soft" defaultChecked=${!!b.soft} /> Soft budget (allow, flag in usage)
                </label>
              </fieldset>
              <fieldset disabled=${!canEdit || busy}>
                <legend>Quota</legend>
                ${numberField('Quota requests', 'quota_requests', q.requests)}
                ${numberField('Quota tokens', 'quota_tokens', q.tokens)}
                ${periodField('Quota period', 'quota_period', q.period || 'day')}
                <label class="check">
                  <input type="checkbox" name="quota_soft" defaultChecked=${!!q.soft} /> Soft quota (allow, flag in usage)
                </label>
              </fieldset>
              <p class="hint">Empty or 0: no limit. Hard limits refuse a request with 429.</p>
              <p class="success" role="status">${saved}</p>
              <${ErrorAlert} error=${error} />
              <div class="actions">
                ${canEdit && policy &&
                html`<button type="button" class="danger" disabled=${busy} onClick=${remove}>Remove limits</button>`}
                ${canEdit ? html`<button type="submit" class="primary" disabled=${busy}>Save</button>`
                  : html`<p class="hint">Only admins and operators change limits.</p>`}
              </div>
            </form>
          `}
    <//>
  `;
}

function numberField(label, name, value) {
  const v = num(value);
  return html`<${Field} label=${label}>
    <input name=${name} type="number" min="0" step="1" inputmode="numeric" defaultValue=${v ? String(v) : ''} />
  <//>`;
}

function periodField(label, name, value) {
  return html`<${Field} label=${label}>
    <select name=${name}>
      <option value="day" selected=${value === 'day'}>Day</option>
      <option value="month" selected=${value !== 'day'}>Month</option>
    </select>
  <//>`;
}

/** The form's fields as a LimitPolicy; empty fields set no limit and are left out. */
export function policyFrom(form) {
  const int = (name) => {
    const v = String(form.get(name) || '').trim();
    return v ? Number(v) : 0;
  };
  const policy = {};
  if (int('rpm')) policy.requests_per_minute = String(int('rpm'));
  if (int('tpm')) policy.tokens_per_minute = String(int('tpm'));
  if (int('concurrent')) policy.max_concurrent = int('concurrent');
  const amount = String(form.get('budget') || '').trim();
  if (amount && Number(amount) > 0) {
    policy.budget = { amount_usd: amount, period: form.get('budget_period'), soft: form.get('budget_soft') === 'on' };
  }
  if (int('quota_requests') || int('quota_tokens')) {
    policy.quota = {
      requests: String(int('quota_requests')),
      tokens: String(int('quota_tokens')),
      period: form.get('quota_period'),
      soft: form.get('quota_soft') === 'on',
    };
  }
  return policy;
}

function when(period) {
  return period === 'day' ? 'today' : period === 'month' ? 'this month' : 'this period';
}

/** Where the key stands against its limits right now. */
function Standing({ policy }) {
  const s = policy.status || {};
  const of = (used, limit, fmt = fmtInt) => (num(limit) ? `${fmt(used)} of ${fmt(limit)}` : fmt(used));
  return html`
    <dl class="standing" aria-label="Now">
      <div><dt>Requests this minute</dt><dd>${of(s.requests_this_minute, policy.requests_per_minute)}</dd></div>
      <div><dt>Tokens this minute</dt><dd>${of(s.tokens_this_minute, policy.tokens_per_minute)}</dd></div>
      <div><dt>In flight</dt><dd>${of(s.in_flight, policy.max_concurrent)}</dd></div>
      ${policy.budget &&
      html`<div><dt>Spent ${when(policy.budget.period)}</dt>
        <dd>${fmtUsd(s.spent_usd)} of ${fmtUsd(policy.budget.amount_usd)}</dd></div>`}
      ${policy.quota &&
      html`<div><dt>Requests ${when(policy.quota.period)}</dt>
          <dd>${of(s.requests_this_period, policy.quota.requests)}</dd></div>
        <div><dt>Tokens ${when(policy.quota.period)}</dt>
          <dd>${of(s.tokens_this_period, policy.quota.tokens)}</dd></div>`}
      ${s.period_end && html`<div><dt>Period ends</dt><dd>${fmtTime(s.period_end)}</dd></div>`}
    </dl>
  `;
}
