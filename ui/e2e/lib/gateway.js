// The real gateway jar on loopback, started the way clients/testing/stack.py starts it: port 0,
// and the port read back from the log, so no other process can take it in between.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const JAR = process.env.SWITCHBOARD_JAR || path.join(ROOT, 'server/target/switchboard.jar');
const START_TIMEOUT_MS = 90_000;

export class Gateway {
  constructor(dataDir) {
    this.dataDir = dataDir;
    this.adminKey = `sb-e2e-admin-${randomBytes(16).toString('hex')}`;
    this.logFile = path.join(dataDir, 'gateway.log');
  }

  async start() {
    if (!fs.existsSync(JAR)) {
      throw new Error(`${JAR} is missing; build it first: mvn -B -ntp -DskipTests package`);
    }
    const args = ['-jar', JAR, 'serve', '--port', '0', '--host', '127.0.0.1',
      '--data-dir', path.join(this.dataDir, 'data')];
    // UI_DIR serves the console from a folder (UI development without rebuilding the jar); CI
    // leaves it unset and tests the assets packed into the jar.
    if (process.env.UI_DIR) args.push('--ui-dir', process.env.UI_DIR);
    const log = fs.openSync(this.logFile, 'w');
    const env = { ...process.env, SWITCHBOARD_ADMIN_KEY: this.adminKey };
    delete env.SWITCHBOARD_KEYSET;
    // detached: its own process group, so stop() (or the suite's watchdog) ends all of it.
    this.proc = spawn('java', args, { stdio: ['ignore', log, log], env, detached: true });
    fs.closeSync(log);
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve(code ?? signal)));
    this.origin = `http://127.0.0.1:${await this.waitUntilHealthy()}`;
    return this;
  }

  async waitUntilHealthy() {
    const deadline = Date.now() + START_TIMEOUT_MS;
    let port = null;
    while (Date.now() < deadline) {
      if (this.proc.exitCode !== null) {
        throw new Error(`the gateway exited with ${this.proc.exitCode}:\n${this.log()}`);
      }
      port ??= /listening on http:\/\/[^\s:]+:(\d+)/.exec(this.log())?.[1] ?? null;
      if (port !== null) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return Number(port);
        } catch {
          // not accepting connections yet
        }
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the gateway was not healthy within ${START_TIMEOUT_MS} ms:\n${this.log()}`);
  }

  log() {
    try {
      return fs.readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  /** SIGTERM, then SIGKILL to the whole group if it has not gone within 10 s. */
  async stop() {
    if (!this.proc || this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    killGroup(this.proc.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(this.proc.pid, 'SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }

  /** Synchronous last resort for process exit handlers. */
  kill() {
    if (this.proc && this.proc.exitCode === null) killGroup(this.proc.pid, 'SIGKILL');
  }

  /**
   * One REST call as `key` (the admin key by default); the parsed JSON, or an error carrying
   * the status and the gateway's message.
   */
  async call(method, urlPath, body, key = this.adminKey) {
    const res = await fetch(this.origin + urlPath, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const value = text ? JSON.parse(text) : {};
    if (!res.ok) {
      const e = new Error(`${method} ${urlPath}: ${res.status} ${value?.error?.message ?? text}`);
      e.status = res.status;
      throw e;
    }
    return value;
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
