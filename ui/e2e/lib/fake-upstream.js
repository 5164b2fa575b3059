// A fake OpenAI-compatible provider on loopback for the browser suite. Every base path
// "/<name>/v1" is its own upstream, so a test can break one (fail(name)) while the providers
// other tests use keep answering. Streams arrive in several chunks with small gaps between
// them, so the console's incremental rendering can be watched.
import http from 'node:http';

export const UPSTREAM_KEY = 'sk-fake-upstream-e2e-0123456789';
export const MODELS = ['fake-small', 'fake-large', 'fake-usage'];
const CHUNK_GAP_MS = 150;

/** The whole answer a model gives; the model's name is in it so side-by-side answers differ. */
export function replyOf(model) {
  return `${model} says: the quick brown fox jumps over the lazy dog.`;
}

/** The pieces a streamed answer comes in (several, so the text grows visibly). */
export function chunksOf(model) {
  return replyOf(model).match(/\S+\s*/g);
}

export class FakeUpstream {
  constructor() {
    this.failing = new Set();
    /** The headers of each request, newest last, for assertions on what the gateway sent. */
    this.requests = [];
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.sockets = new Set();
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async start() {
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${this.server.address().port}`;
    return this;
  }

  /** The base URL to register as a provider's base_url. */
  baseUrl(name) {
    return `${this.origin}/${name}/v1`;
  }

  /** From now on every call under baseUrl(name) answers 500 with an OpenAI error body. */
  fail(name) {
    this.failing.add(name);
  }

  heal(name) {
    this.failing.delete(name);
  }

  async stop() {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  async handle(req, res) {
    const body = await readBody(req);
    const m = /^\/([^/]+)\/v1(\/.*)$/.exec(req.url);
    if (!m) return json(res, 404, error(`Unknown path ${req.url}`, 'invalid_request_error'));
    const [, name, path] = m;
    this.requests.push({ name, method: req.method, path, headers: req.headers });
    if (this.failing.has(name)) {
      return json(res, 500, error(`fake upstream ${name} is down for the test`, 'server_error'));
    }
    if (req.headers.authorization !== `Bearer ${UPSTREAM_KEY}`) {
      return json(res, 401, error('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'));
    }
    if (req.method === 'GET' && path === '/models') {
      return json(res, 200, {
        object: 'list',
        data: MODELS.map((id, i) => ({ id, object: 'model', created: 1721172741 + i, owned_by: 'e2e' })),
      });
    }
    if (req.method === 'POST' && path === '/chat/completions') {
      const chat = JSON.parse(body || '{}');
      return chat.stream ? stream(res, chat) : json(res, 200, completion(chat.model));
    }
    return json(res, 404, error(`Unknown path ${req.url}`, 'invalid_request_error'));
  }
}

function completion(model) {
  return {
    id: 'chatcmpl-e2e', object: 'chat.completion', created: now(), model,
    choices: [{ index: 0, message: { role: 'assistant', content: replyOf(model) }, finish_reason: 'stop' }],
    usage: usage(model),
  };
}

function usage(model) {
  const completionTokens = chunksOf(model).length;
  return { prompt_tokens: 12, completion_tokens: completionTokens, total_tokens: 12 + completionTokens };
}

async function stream(res, chat) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta, finish = null) => ({
    id: 'chatcmpl-e2e', object: 'chat.completion.chunk', created: now(), model: chat.model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  const send = (event) => res.write(`data: ${JSON.stringify(event)}\n\n`);
  send(chunk({ role: 'assistant', content: '' }));
  for (const piece of chunksOf(chat.model)) {
    await sleep(CHUNK_GAP_MS);
    if (res.destroyed) return;
    send(chunk({ content: piece }));
  }
  send(chunk({}, 'stop'));
  if (chat.stream_options?.include_usage) {
    send({ id: 'chatcmpl-e2e', object: 'chat.completion.chunk', created: now(), model: chat.model,
      choices: [], usage: usage(chat.model) });
  }
  res.end('data: [DONE]\n\n');
}

function error(message, type, code = null) {
  return { error: { message, type, param: null, code } };
}

function json(res, status, value) {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on('data', (d) => parts.push(d));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

const now = () => Math.floor(Date.now() / 1000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
