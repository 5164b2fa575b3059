// A fake upstream on loopback that replays the repository's recordings, chosen by the requested
// model name, under two base URLs on one port:
//   /openai/v1     OpenAI chat completions (+ GET /models), Bearer key
//   /anthropic/v1  Anthropic Messages (+ GET /models), x-api-key
// A model name is a recording's file name without its suffix; a stream request replays
// NAME.sse or NAME.chunks.jsonl, a whole one NAME.json. "antpy-http-X.N" replays exchange N of the
// recorded HTTP exchanges in antpy-http-X.json. Fault modes: "NAME~cutK" sends the recording's
// first K events, then destroys the socket (a mid-stream reset), on every attempt;
// "NAME~cutK~once" cuts only the first request for that model string and replays later attempts
// whole (a flaky upstream a retry would get past).
import { readFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const FIXTURES = fileURLToPath(new URL("../../../transcoder/src/test/resources/fixtures/", import.meta.url));

const DIRS = {
  openai: ["upstream/openai/chat", "upstream/openai-compatible", "written/openai/chat"],
  anthropic: ["upstream/anthropic", "written/anthropic/messages"],
};

/** Starts the fake; resolves once it listens. */
export async function startFakeUpstream({ key }) {
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      try {
        handle(req, res, body, key, requests);
      } catch (e) {
        // A malformed request is the gateway's bug to show, not a reason to take the fake down.
        if (!res.headersSent) json(res, 400, { error: { message: `fake upstream: ${e.message}` } });
      }
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    openaiBaseUrl: `${base}/openai/v1`,
    anthropicBaseUrl: `${base}/anthropic/v1`,
    /** Every POST received: { format, model, body } in arrival order. */
    requests,
    /** The POSTs that asked for `model` (as the upstream sees it: without the provider prefix). */
    attempts: (model) => requests.filter((r) => r.model === model),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function handle(req, res, rawBody, key, requests) {
  const format = req.url.startsWith("/openai/") ? "openai" : req.url.startsWith("/anthropic/") ? "anthropic" : null;
  if (format === null) {
    return json(res, 404, { error: { message: `unknown path ${req.url}` } });
  }
  const given = format === "openai" ? req.headers.authorization : req.headers["x-api-key"];
  if (given !== (format === "openai" ? `Bearer ${key}` : key)) {
    return json(res, 401, errorBody(format, "authentication_error", "invalid api key"));
  }
  const path = req.url.slice(format.length + 1);
  if (req.method === "GET" && path === "/v1/models") {
    return json(res, 200, models(format));
  }
  const expected = format === "openai" ? "/v1/chat/completions" : "/v1/messages";
  if (req.method !== "POST" || path !== expected) {
    return json(res, 404, errorBody(format, "not_found_error", `unknown path ${req.method} ${req.url}`));
  }
  const body = JSON.parse(rawBody);
  requests.push({ format, model: body.model, body });
  const { name, cut, once } = parseModel(body.model);
  const earlier = requests.filter((r) => r.model === body.model).length - 1;
  const replay = recording(format, name, Boolean(body.stream));
  if (replay === null) {
    return json(res, 404, errorBody(format, "not_found_error", `no recording for model ${body.model}`));
  }
  if (replay.json !== undefined) {
    return json(res, 200, replay.json);
  }
  sse(res, replay.events, once && earlier > 0 ? null : cut);
}

function parseModel(model) {
  const m = /^(.*?)~cut(\d+)(~once)?$/.exec(model ?? "");
  return m ? { name: m[1], cut: Number(m[2]), once: Boolean(m[3]) } : { name: model ?? "", cut: null, once: false };
}

/** { events: [...] } for a stream, { json } for a whole answer, or null. */
function recording(format, name, stream) {
  const exchange = /^(antpy-http-.+)\.(\d+)$/.exec(name);
  if (format === "anthropic" && exchange) {
    const file = find(format, `${exchange[1]}.json`);
    const body = file && JSON.parse(readFileSync(file, "utf8"))[Number(exchange[2])]?.response.body;
    if (body === undefined || body === null) return null;
    return typeof body === "string" ? { events: splitEvents(body) } : { json: body };
  }
  if (!stream) {
    const file = find(format, `${name}.json`);
    return file ? { json: JSON.parse(readFileSync(file, "utf8")) } : null;
  }
  const raw = find(format, `${name}.sse`);
  if (raw) {
    return { events: splitEvents(readFileSync(raw, "utf8")) };
  }
  const jsonl = find(format, `${name}.chunks.jsonl`);
  if (!jsonl) return null;
  const lines = readFileSync(jsonl, "utf8").split("\n").filter((l) => l.trim() !== "");
  // The recorder stripped the SSE framing (README of fixtures/upstream): put it back.
  if (format === "openai") {
    return { events: [...lines.map((l) => `data: ${l}\n\n`), "data: [DONE]\n\n"] };
  }
  return { events: lines.map((l) => `event: ${JSON.parse(l).type}\ndata: ${l}\n\n`) };
}

function find(format, file) {
  for (const dir of DIRS[format]) {
    const path = `${FIXTURES}${dir}/${file}`;
    if (existsSync(path)) return path;
  }
  return null;
}

function splitEvents(text) {
  return text.split(/\r?\n\r?\n/).filter((e) => e.trim() !== "").map((e) => `${e}\n\n`);
}

/** One write per event, as a real upstream sends them; with a cut, a reset after event K. */
function sse(res, events, cut) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  // The status line goes out even when the cut comes before the first event ("~cut0").
  res.flushHeaders();
  const sent = cut === null ? events : events.slice(0, cut);
  for (const e of sent) {
    res.write(e);
  }
  if (cut === null) {
    res.end();
    return;
  }
  // Let the events reach the gateway before the connection dies without its terminating chunk.
  setTimeout(() => res.socket?.destroy(), 50);
}

function json(res, status, obj) {
  const body = JSON.stringify(obj);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function errorBody(format, type, message) {
  return format === "openai"
    ? { error: { message, type: "invalid_request_error", param: null, code: type } }
    : { type: "error", error: { type, message } };
}

function models(format) {
  if (format === "openai") {
    return { object: "list", data: [{ id: "recorded", object: "model", created: 1721172741, owned_by: "system" }] };
  }
  return {
    data: [{ type: "model", id: "recorded", display_name: "Recorded", created_at: "2025-09-29T00:00:00Z" }],
    has_more: false, first_id: "recorded", last_id: "recorded",
  };
}
