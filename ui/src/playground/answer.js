// One answer panel: the streamed text (role "log") and its stats line.
import { html } from '../html.js';
import { ErrorAlert } from '../components.js';
import { estimateCost } from './run.js';

export function Answer({ label, run, prices }) {
  const usage = run.usage;
  const servedModel = run.upstreamModel || run.chunkModel;
  const cost = usage ? estimateCost(prices, run.provider, servedModel, usage) : null;
  return html`<div class="answer-panel">
    <div role="log" aria-label=${label} aria-busy=${run.state === 'streaming'} class="answer">${run.text}</div>
    <${ErrorAlert} error=${run.error} />
    ${run.state && html`<p class="stats">
      <span>${run.state === 'streaming' ? 'Streaming…' : run.state === 'stopped' ? 'Stopped' : run.state === 'error' ? 'Failed' : 'Done'}</span>
      ${run.ttftMs !== null && run.ttftMs !== undefined && html`<span>TTFT ${run.ttftMs} ms</span>`}
      ${run.totalMs !== undefined && html`<span>total ${run.totalMs} ms</span>`}
      ${usage && html`<span>${usage.total_tokens ?? (usage.prompt_tokens || 0) + (usage.completion_tokens || 0)} tokens
        (${usage.prompt_tokens || 0} in, ${usage.completion_tokens || 0} out)</span>`}
      ${usage && html`<span>${cost === null ? 'cost unknown (no price)' : `cost ≈ $${cost.toFixed(6)}`}</span>`}
      ${(run.provider || servedModel) && html`<span>served by ${run.provider ? `${run.provider}/` : ''}${servedModel}</span>`}
      ${run.alias && html`<span>via alias ${run.alias}</span>`}
      ${run.attempts && run.attempts !== '1' && html`<span>${run.attempts} attempts</span>`}
    </p>`}
  </div>`;
}
