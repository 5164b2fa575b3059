// The API client against a stubbed fetch: error messages, CSRF, 401 handling and the SSE parser.
// Run: npm test (in ui/).
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, api, onUnauthorized, setCsrfToken, stream } from './api.js';

let calls;
function answer(status, body, headers = { 'content-type': 'application/json' }) {
  globalThis.fetch = async (path, init) => {
    calls.push({ path, init });
    return new Response(body, { status, headers });
  };
}
/** A streamed body delivered in the given pieces, so events and lines split across reads. */
function pieces(...parts) {
  return new ReadableStream({
    start(c) {
      for (const p of parts) c.enqueue(new TextEncoder().encode(p));
      c.close();
    },
  });
}

beforeEach(() => {
  calls = [];
  setCsrfToken('');
  onUnauthorized(() => {});
});

test('sends the CSRF token on changes only, and the session cookie', async () => {
  setCsrfToken('tok');
  answer(200, '{"ok":true}');
  assert.deepEqual(await api('POST', '/admin/v1/x', { a: 1 }), { ok: true });
  await api('GET', '/admin/v1/x');
  assert.equal(calls[0].init.headers['x-csrf-token'], 'tok');
  assert.equal(calls[0].init.body, '{"a":1}');
  assert.equal(calls[0].init.credentials, 'same-origin');
  assert.equal(calls[1].init.headers['x-csrf-token'], undefined);
});

test('a transcoded gRPC error surfaces its message and status', async () => {
  answer(400, JSON.stringify({ code: 3, 'grpc-code': 'INVALID_ARGUMENT', message: 'name: bad' }));
  await assert.rejects(api('POST', '/admin/v1/providers', {}), (e) => e instanceof ApiError && e.status === 400 && e.message === 'name: bad');
});

test('an OpenAI-style error surfaces its message and code', async () => {
  answer(403, JSON.stringify({ error: { message: 'CSRF token missing', type: 'permission_error', code: 'csrf_failed' } }));
  await assert.rejects(api('DELETE', '/admin/v1/providers/x'), (e) => e.message === 'CSRF token missing' && e.code === 'csrf_failed');
});

test('a 401 from the API signs out, a 401 from the login does not', async () => {
  let signedOut = 0;
  onUnauthorized(() => signedOut++);
  answer(401, JSON.stringify({ error: { message: 'Invalid API key' } }));
  await assert.rejects(api('POST', '/ui/api/session', { credential: 'x' }), /Invalid API key/);
  assert.equal(signedOut, 0);
  await assert.rejects(api('GET', '/admin/v1/providers'));
  assert.equal(signedOut, 1);
});

test('stream parses events split across reads, CRLF lines and stops at [DONE]', async () => {
  answer(200, pieces('data: {"a":', '1}\r\n\r\n: comment\n\nevent: x\ndata: {"b":2}\n', '\ndata: [DONE]\n\ndata: {"c":3}\n\n'),
    { 'content-type': 'text/event-stream', 'x-switchboard-provider': 'fake' });
  const seen = [];
  let opened;
  const res = await stream('/v1/chat/completions', {}, (d, e) => seen.push([d, e]), undefined, (r) => { opened = r; });
  assert.deepEqual(seen, [[{ a: 1 }, 'message'], [{ b: 2 }, 'x']]);
  assert.equal(opened.headers.get('x-switchboard-provider'), 'fake');
  assert.equal(res, opened);
});

test('stream turns an error event into an ApiError with the gateway message', async () => {
  answer(200, pieces('data: {"x":1}\n\n', 'data: {"error":{"message":"upstream died","type":"server_error"}}\n\n'),
    { 'content-type': 'text/event-stream' });
  const seen = [];
  await assert.rejects(stream('/v1/chat/completions', {}, (d) => seen.push(d)), (e) => e instanceof ApiError && e.message === 'upstream died');
  assert.deepEqual(seen, [{ x: 1 }]);
});

test('stream reports a refused request with the error body', async () => {
  answer(404, JSON.stringify({ error: { message: "model 'nope' not found" } }));
  await assert.rejects(stream('/v1/chat/completions', {}, () => {}), /model 'nope' not found/);
});
