// One streamed chat completion for the playground: appends text as SSE chunks arrive and
// records what the answer's stats need (time to first token, usage, who served it).
import { stream } from '../api.js';

/** The request body for one model; empty fields are left to the gateway's defaults. */
export function chatBody(model, { system, message, temperature, maxTokens }) {
  const messages = [];
  if (system.trim()) messages.push({ role: 'system', content: system });
  messages.push({ role: 'user', content: message });
  const body = { model, messages, stream: true, stream_options: { include_usage: true } };
  if (temperature !== '') body.temperature = Number(temperature);
  if (maxTokens !== '') body.max_tokens = Number(maxTokens);
  return body;
}

/**
 * Streams `body` and calls `update(patch)` with the run's changing fields: text, ttftMs,
 * usage, provider, upstreamModel, alias, chunkModel, state ('streaming', 'done', 'stopped',
 * 'error') and error. Resolves when the run ends, whichever way.
 */
export async function runChat(body, signal, update) {
  const started = performance.now();
  let text = '';
  let first = true;
  update({ state: 'streaming', text: '', error: null, ttftMs: null, usage: null });
  const onOpen = (res) => {
    const h = res.headers;
    update({
      provider: h.get('x-switchboard-provider') || '',
      upstreamModel: h.get('x-switchboard-model') || '',
      alias: h.get('x-switchboard-alias') || '',
      attempts: h.get('x-switchboard-attempts') || '',
    });
  };
  const onEvent = (chunk) => {
    if (!chunk || typeof chunk !== 'object') return;
    const patch = {};
    if (chunk.model) patch.chunkModel = chunk.model;
    if (chunk.usage) patch.usage = chunk.usage;
    const delta = (chunk.choices || []).map((c) => (c.delta && c.delta.content) || '').join('');
    if (delta) {
      if (first) {
        patch.ttftMs = Math.round(performance.now() - started);
        first = false;
      }
      text += delta;
      patch.text = text;
    }
    update(patch);
  };
  try {
    await stream('/v1/chat/completions', body, onEvent, signal, onOpen);
    update({ state: 'done', totalMs: Math.round(performance.now() - started) });
  } catch (e) {
    if (e.name === 'AbortError') update({ state: 'stopped', totalMs: Math.round(performance.now() - started) });
    else update({ state: 'error', error: e });
  }
}

/**
 * Estimated USD cost from the price table (GET /admin/v1/prices, USD per million tokens): the
 * provider's own price first, then the table's "*" row. null when the model has no price.
 */
export function estimateCost(prices, provider, model, usage) {
  if (!prices || !usage || !model) return null;
  const bare = model.includes('/') ? model.slice(model.indexOf('/') + 1) : model;
  const price = prices.find((p) => p.provider === provider && p.model === bare)
    || prices.find((p) => p.provider === '*' && p.model === bare);
  if (!price || price.input === undefined || price.output === undefined) return null;
  const prompt = usage.prompt_tokens || 0;
  const completion = usage.completion_tokens || 0;
  return (prompt * Number(price.input) + completion * Number(price.output)) / 1e6;
}
