// The pure parts of the provider and alias forms and the playground's cost estimate.
// Run: npm test (in ui/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compose, split } from './providers/form.js';
import { headersFrom, rowsFrom } from './providers/headers.js';
import { aliasOf, initial } from './aliases/form.js';
import { chatBody, estimateCost } from './playground/run.js';
import { relativeTime } from './components.js';

test('the base URL is composed from the preset parts, default ports left out', () => {
  assert.equal(compose({ protocol: 'https', host: 'api.openai.com', port: '443', basePath: '/v1' }), 'https://api.openai.com/v1');
  assert.equal(compose({ protocol: 'http', host: 'localhost', port: '11434', basePath: 'v1' }), 'http://localhost:11434/v1');
  assert.equal(compose({ protocol: 'https', host: '', port: '', basePath: '' }), '');
});

test('a typed base URL splits back into its parts', () => {
  assert.deepEqual(split('http://127.0.0.1:8080/api/v1/'), { protocol: 'http', host: '127.0.0.1', port: '8080', basePath: '/api/v1' });
  assert.deepEqual(split('https://x.example'), { protocol: 'https', host: 'x.example', port: '443', basePath: '' });
  assert.equal(split('ftp://x'), null);
  assert.equal(split('not a url'), null);
});

test('secret headers go to secret_headers; untouched saved secrets are left alone', () => {
  const rows = rowsFrom({ headers: { 'X-Team': 'a' }, secret_headers_masked: { 'X-Token': '****abcd' } });
  const kept = headersFrom(rows, ['X-Token']);
  assert.deepEqual(kept.headers, { 'X-Team': 'a' });
  assert.equal(kept.secretsChanged, false);
  // secret_headers is replaced whole: changing one needs the saved one's value typed again.
  assert.throws(() => headersFrom([...rows, { name: 'X-New', value: 's', secret: true }].filter((r) => r.name !== 'X-Team'), ['X-Token']), /secret header/);
  const retyped = headersFrom([{ ...rows[1], value: 'tok-1234', touched: true }, { name: 'X-New', value: 's', secret: true }], ['X-Token']);
  assert.deepEqual(retyped.secretHeaders, { 'X-Token': 'tok-1234', 'X-New': 's' });
  assert.equal(retyped.secretsChanged, true);
});

test('an alias form becomes the Alias JSON, with retry durations', () => {
  const v = { ...initial(null), name: ' smart ', strategy: 'WEIGHTED', maxAttempts: '2', initialBackoff: '250', deadline: '30' };
  v.targets = [{ model: 'a/x', weight: '3' }, { model: ' ', weight: '1' }];
  assert.deepEqual(aliasOf(v), {
    name: 'smart', targets: [{ model: 'a/x', weight: 3 }], strategy: 'WEIGHTED',
    retry: { max_attempts: 2, initial_backoff: '0.25s', deadline: '30s' },
    fallback_on_context_length: false, description: '',
  });
  assert.throws(() => aliasOf({ ...v, targets: [{ model: '', weight: '1' }] }), /at least one target/);
  assert.throws(() => aliasOf({ ...v, targets: [{ model: 'a/x', weight: '0' }] }), /Weight/);
});

test('editing keeps a saved target\'s other settings and drops its status', () => {
  const v = initial({ name: 'a', targets: [{ model: 'p/m', weight: 2, overrides: { temperature: 0.1 }, status: { requests: 3 } }] });
  assert.deepEqual(aliasOf(v).targets, [{ model: 'p/m', weight: 2, overrides: { temperature: 0.1 } }]);
});

test('the chat body asks for usage in the stream and leaves empty parameters out', () => {
  assert.deepEqual(chatBody('m', { system: '', message: 'hi', temperature: '', maxTokens: '' }), {
    model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true },
  });
  const b = chatBody('m', { system: 'be brief', message: 'hi', temperature: '0.5', maxTokens: '10' });
  assert.equal(b.messages[0].role, 'system');
  assert.equal(b.temperature, 0.5);
  assert.equal(b.max_tokens, 10);
});

test('cost uses the provider\'s price, then the table\'s, else is unknown', () => {
  const prices = [{ provider: '*', model: 'm', input: '1', output: '2' }, { provider: 'p', model: 'm', input: '10', output: '20' }];
  const usage = { prompt_tokens: 1000, completion_tokens: 500 };
  assert.equal(estimateCost(prices, 'p', 'm', usage), (1000 * 10 + 500 * 20) / 1e6);
  assert.equal(estimateCost(prices, 'q', 'm', usage), (1000 * 1 + 500 * 2) / 1e6);
  assert.equal(estimateCost(prices, 'p', 'other', usage), null);
});

test('relative times', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  assert.equal(relativeTime('2026-01-01T11:57:00Z', now), '3 minutes ago');
  assert.equal(relativeTime('2026-01-03T12:00:00Z', now), 'in 2 days');
  assert.equal(relativeTime('', now), '');
});
