#!/usr/bin/python3
"""The live stack every client suite runs against: the real gateway jar in front of a fake
OpenAI-compatible upstream (fake_openai.py), both on loopback, torn down whatever happens.

  stack.py run [--timeout S] -- CMD...  start the stack, run CMD with its environment, stop;
                                        exits with CMD's status (124 when CMD timed out)
  stack.py serve [--provider NAME]      start the stack, print its environment as KEY=VALUE
                                        lines and READY, serve until stdin closes or SIGTERM;
                                        --provider registers the fake upstream under NAME

CMD (or the reader of serve's output) gets:
  SWITCHBOARD_TARGET  host:port of the gateway (gRPC and HTTP on one port)
  SWITCHBOARD_KEY     the gateway's admin key, to send as "authorization: Bearer <key>"
  UPSTREAM_BASE_URL   the fake upstream, to register as a provider's base_url
  UPSTREAM_API_KEY    the key the fake upstream accepts
Needs server/target/switchboard.jar (mvn -B -ntp -DskipTests package) and Java 17; Python stdlib only.
"""

import argparse
import json
import os
import re
import secrets
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fake_openai import FakeOpenAI  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.path.join(ROOT, "server", "target", "switchboard.jar")
START_TIMEOUT_S = 90
STOP_TIMEOUT_S = 15
# A stack left behind by a killed parent stops by itself after this long.
MAX_SERVE_S = 1800


class Stack:
    def __init__(self):
        self.upstream = None
        self.gateway = None
        self.data_dir = None
        self.env = {}

    def start(self):
        if not os.path.isfile(JAR):
            raise RuntimeError("%s is missing; build it first: mvn -B -ntp -DskipTests package" % JAR)
        upstream_key = "sk-fake-upstream-" + secrets.token_hex(8)
        admin_key = "sb-clients-admin-" + secrets.token_hex(16)
        self.upstream = FakeOpenAI(upstream_key)
        self.data_dir = tempfile.mkdtemp(prefix="switchboard-clients-")
        log = open(os.path.join(self.data_dir, "gateway.log"), "wb")
        env = dict(os.environ, SWITCHBOARD_ADMIN_KEY=admin_key)
        env.pop("SWITCHBOARD_KEYSET", None)
        # Port 0 and reading the port back from the log: no window in which another process takes it.
        self.gateway = subprocess.Popen(
            ["java", "-jar", JAR, "serve", "--port", "0", "--host", "127.0.0.1",
             "--data-dir", os.path.join(self.data_dir, "data")],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        log.close()
        port = self._wait_until_healthy()
        self.env = {
            "SWITCHBOARD_TARGET": "127.0.0.1:%d" % port,
            "SWITCHBOARD_KEY": admin_key,
            "UPSTREAM_BASE_URL": self.upstream.base_url,
            "UPSTREAM_API_KEY": upstream_key,
        }

    def _wait_until_healthy(self):
        deadline = time.monotonic() + START_TIMEOUT_S
        port = None
        while time.monotonic() < deadline:
            if self.gateway.poll() is not None:
                raise RuntimeError("the gateway exited with %s:\n%s" % (self.gateway.returncode, self.log()))
            if port is None:
                m = re.search(r"listening on http://[^\s:]+:(\d+)", self.log())
                port = int(m.group(1)) if m else None
            if port is not None:
                try:
                    with urllib.request.urlopen("http://127.0.0.1:%d/health" % port, timeout=2) as res:
                        if res.status == 200:
                            return port
                except (urllib.error.URLError, OSError):
                    pass
            time.sleep(0.2)
        raise RuntimeError("the gateway was not healthy within %d s:\n%s" % (START_TIMEOUT_S, self.log()))

    def register_provider(self, name):
        body = json.dumps({"name": name, "preset": "custom", "base_url": self.env["UPSTREAM_BASE_URL"],
                           "api_key": self.env["UPSTREAM_API_KEY"]}).encode()
        req = urllib.request.Request(
            "http://%s/admin/v1/providers" % self.env["SWITCHBOARD_TARGET"], data=body, method="POST",
            headers={"content-type": "application/json",
                     "authorization": "Bearer " + self.env["SWITCHBOARD_KEY"]})
        with urllib.request.urlopen(req, timeout=10):
            pass

    def log(self):
        try:
            with open(os.path.join(self.data_dir, "gateway.log"), errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        if self.gateway is not None and self.gateway.poll() is None:
            self.gateway.terminate()
            try:
                self.gateway.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                os.killpg(self.gateway.pid, signal.SIGKILL)
                self.gateway.wait(STOP_TIMEOUT_S)
        if self.upstream is not None:
            self.upstream.close()
        if self.data_dir is not None:
            shutil.rmtree(self.data_dir, ignore_errors=True)


def run(stack, cmd, timeout):
    env = dict(os.environ, **stack.env)
    started = time.monotonic()
    # Its own process group, so a timeout (or our own interruption) ends everything it started.
    proc = subprocess.Popen(cmd, env=env, start_new_session=True)
    try:
        code = proc.wait(timeout)
    except subprocess.TimeoutExpired:
        print("stack: %s ran longer than %d s; killed" % (cmd, timeout), file=sys.stderr)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(STOP_TIMEOUT_S)
        code = 124
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)
        raise
    print("stack: %s exited %d after %.1f s" % (" ".join(cmd), code, time.monotonic() - started), file=sys.stderr)
    return code


def serve(stack):
    for key, value in stack.env.items():
        print("%s=%s" % (key, value))
    print("READY", flush=True)
    # SIGTERM ends the wait below like Ctrl-C or a closed stdin does; main() then tears down.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    deadline = time.monotonic() + MAX_SERVE_S
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([sys.stdin], [], [], 1.0)
            if ready and not sys.stdin.buffer.read1(4096):
                return 0
    except KeyboardInterrupt:
        return 0
    print("stack: served %d s; stopping" % MAX_SERVE_S, file=sys.stderr)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    p_run = sub.add_parser("run")
    p_run.add_argument("--timeout", type=int, default=600)
    p_run.add_argument("cmd", nargs=argparse.REMAINDER)
    p_serve = sub.add_parser("serve")
    p_serve.add_argument("--provider")
    args = parser.parse_args()
    cmd = getattr(args, "cmd", None)
    if cmd and cmd[0] == "--":
        cmd = cmd[1:]
    if args.mode == "run" and not cmd:
        parser.error("run: no command given")

    stack = Stack()
    code = 1
    started = time.monotonic()
    try:
        stack.start()
        print("stack: gateway and fake upstream up in %.1f s" % (time.monotonic() - started), file=sys.stderr)
        if args.mode == "run":
            code = run(stack, cmd, args.timeout)
        else:
            if args.provider:
                stack.register_provider(args.provider)
            code = serve(stack)
    except Exception as e:  # noqa: BLE001 - any failure to start is reported the same way
        print("stack: %s" % e, file=sys.stderr)
        code = 1
    finally:
        if code != 0 and stack.data_dir:
            print("stack: gateway log follows\n" + stack.log()[-8000:], file=sys.stderr)
        stack.stop()
        print("stack: %.1f s in all" % (time.monotonic() - started), file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
