// The one way the console talks to the gateway: same-origin fetch with the session cookie, the
// CSRF token on every call that changes something, and the gateway's own error message surfaced.

/** A failed call: `status` is the HTTP status (0 when the network failed), `message` the gateway's. */
export class ApiError extends Error {
  constructor(status, message, code) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code || '';
  }
}

let csrfToken = '';
let unauthorized = () => {};

/** Set by the session module after sign-in; sent as x-csrf-token on POST, PUT, PATCH and DELETE. */
export function setCsrfToken(token) {
  csrfToken = token || '';
}

/** Called when a call answers 401 (the session expired or was revoked): back to the login form. */
export function onUnauthorized(fn) {
  unauthorized = fn;
}

function headersFor(method, body, accept) {
  const headers = { accept };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

async function send(method, path, body, accept, signal) {
  try {
    return await fetch(path, {
      method,
      headers: headersFor(method, body, accept),
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The gateway could not be reached: ' + e.message);
  }
}

/** The gateway's message from an error answer: OpenAI-style, google.rpc.Status JSON, or text. */
export function errorMessage(parsed, fallback) {
  if (parsed && typeof parsed === 'object') {
    if (parsed.error && typeof parsed.error === 'object' && parsed.error.message) return parsed.error;
    if (parsed.message) return { message: parsed.message, code: parsed.code };
  }
  return { message: fallback };
}

async function failure(res, path) {
  const text = await res.text().catch(() => '');
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  const fallback = text && !parsed && text.length < 300 ? text : `${res.status} ${res.statusText || 'error'}`;
  const { message, code } = errorMessage(parsed, fallback);
  // The session endpoints answer 401 to a wrong credential; that is the login form's own error.
  if (res.status === 401 && !path.startsWith('/ui/api/session')) unauthorized();
  return new ApiError(res.status, message, typeof code === 'string' ? code : '');
}

/** Calls the gateway and returns the parsed JSON answer (null for an empty one). */
export async function api(method, path, body) {
  const res = await send(method, path, body, 'application/json');
  if (!res.ok) throw await failure(res, path);
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

/**
 * POSTs `body` and reads the answer as server-sent events: `onEvent(data, event)` gets each
 * event's parsed JSON (`event` is its `event:` name, or 'message'); `[DONE]` ends it. `onOpen`
 * (optional) gets the Response as soon as its headers arrive. Resolves to the Response when the
 * stream ends; aborting `signal` stops it (the promise then rejects with an AbortError).
 */
export async function stream(path, body, onEvent, signal, onOpen) {
  const res = await send('POST', path, body, 'text/event-stream', signal);
  if (!res.ok) throw await failure(res, path);
  if (onOpen) onOpen(res);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let data = [];
  let event = 'message';
  // Returns true when the stream said [DONE].
  const dispatch = () => {
    if (!data.length) {
      event = 'message';
      return false;
    }
    const payload = data.join('\n');
    const name = event;
    data = [];
    event = 'message';
    if (payload === '[DONE]') return true;
    let parsed;
    try {
      parsed = JSON.parse(payload);
    } catch {
      parsed = payload;
    }
    // A failure after the stream started arrives as an event carrying an error object.
    if (parsed && typeof parsed === 'object' && parsed.error) {
      const err = errorMessage(parsed, 'The stream failed');
      throw new ApiError(res.status, err.message, err.code || parsed.error.type);
    }
    onEvent(parsed, name);
    return false;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop();
    for (const line of lines) {
      if (line === '') {
        if (dispatch()) {
          reader.cancel().catch(() => {});
          return res;
        }
      } else if (line.startsWith('data:')) {
        data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
      } else if (line.startsWith('event:')) {
        event = line.slice(6).trim();
      }
      // Comments (':') and id/retry fields carry nothing the console uses.
    }
  }
  if (buffer.startsWith('data:')) data.push(buffer.slice(buffer.startsWith('data: ') ? 6 : 5));
  dispatch();
  return res;
}
