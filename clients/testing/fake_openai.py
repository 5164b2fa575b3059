"""A fake OpenAI-compatible provider on loopback for the client suites.

It replays recorded OpenAI traffic (transcoder/src/test/resources/fixtures/upstream), chosen by
the requested model name, like the server tests' FakeUpstream:
  gpt-4o-mini (any other name)  recorded text completion; streamed with or without the usage chunk
  tools                         recorded parallel tool-call stream / recorded tool-call completion;
                                once the last message is a tool result, the recorded text completion
  slow                          the text completion after 3 s, for client deadline tests
A request without the expected key gets OpenAI's 401, and a conversation whose tool results do
not answer an earlier assistant tool call gets OpenAI's 400, so a client that drops tool call ids
on the way back fails its round-trip test.
"""

import http.server
import json
import pathlib
import sys
import threading
import time

FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "transcoder/src/test/resources/fixtures/upstream"

MODELS = {"object": "list", "data": [
    {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"},
    {"id": "tools", "object": "model", "created": 1721172742, "owned_by": "system"},
    {"id": "slow", "object": "model", "created": 1721172743, "owned_by": "system"},
]}


def _fixture(path):
    return (FIXTURES / path).read_bytes()


def _error(message, type_, code=None):
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


def _unanswered_tool_result(messages):
    """The first tool message that answers no earlier assistant tool call, else None."""
    called = set()
    for m in messages:
        if m.get("role") == "assistant":
            for call in m.get("tool_calls") or []:
                json.loads(call["function"]["arguments"])  # a real upstream rejects broken JSON too
                called.add(call["id"])
        elif m.get("role") == "tool" and m.get("tool_call_id") not in called:
            return m
    return None


class FakeOpenAI:
    """Serves until close(); requests are handled on daemon threads so a hung one never blocks close."""

    def __init__(self, key):
        handler = type("Handler", (_Handler,), {"key": key})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()

    @property
    def base_url(self):
        return "http://127.0.0.1:%d/v1" % self._server.server_address[1]

    def close(self):
        self._server.shutdown()
        self._server.server_close()


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # The gateway hanging up on a slow answer (its caller's deadline passed) is expected here.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(http.server.BaseHTTPRequestHandler):
    key = None

    def log_message(self, fmt, *args):  # the gateway's log tells the story; keep the test output short
        pass

    def do_GET(self):
        if not self._authorized():
            return
        if self.path == "/v1/models":
            return self._json(200, MODELS)
        self._json(404, _error("Unknown path " + self.path, "invalid_request_error"))

    def do_POST(self):
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length)
        if not self._authorized():
            return
        if self.path != "/v1/chat/completions":
            return self._json(404, _error("Unknown path " + self.path, "invalid_request_error"))
        req = json.loads(body)
        try:
            orphan = _unanswered_tool_result(req.get("messages", []))
        except (KeyError, TypeError, ValueError) as e:
            return self._json(400, _error("Invalid tool call in messages: %s" % e, "invalid_request_error"))
        if orphan is not None:
            return self._json(400, _error(
                "Invalid parameter: messages with role 'tool' must be a response to a preceeding message "
                "with 'tool_calls'.", "invalid_request_error"))
        stream = bool(req.get("stream"))
        usage = bool((req.get("stream_options") or {}).get("include_usage"))
        model = req.get("model")
        answered = bool(req.get("messages")) and req["messages"][-1].get("role") == "tool"
        if model == "tools" and not answered:
            if stream:
                return self._sse(_fixture("openai/chat/oaipy-stream-parallel-tool-calls.sse"))
            return self._raw(200, _fixture("openai-compatible/vercel-xai-tool-call.json"))
        if model == "slow":
            time.sleep(3)
        if stream:
            return self._sse(_fixture("openai/chat/oaipy-stream-text-include-usage.sse" if usage
                                      else "openai/chat/louter-stream-gpt-4o-mini-no-usage.sse"))
        self._raw(200, _fixture("openai/chat/vercel-openai-text.json"))

    def _authorized(self):
        if self.headers.get("authorization") == "Bearer " + self.key:
            return True
        self._json(401, _error("Incorrect API key provided", "invalid_request_error", "invalid_api_key"))
        return False

    def _json(self, status, obj):
        self._raw(status, json.dumps(obj).encode())

    def _raw(self, status, body):
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _sse(self, recording):
        """One event per write, as a real upstream sends them; the body ends when the connection closes."""
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("connection", "close")
        self.end_headers()
        for event in recording.split(b"\n\n"):
            if event.strip():
                self.wfile.write(event + b"\n\n")
                self.wfile.flush()
        self.close_connection = True
