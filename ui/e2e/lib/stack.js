// Everything one run of the suite needs, started once and torn down whatever happens: the fake
// upstream, the gateway jar in front of it with the users, keys and providers the tests assume,
// and headless Chromium (Debian's; never a downloaded browser).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { FakeUpstream, UPSTREAM_KEY } from './fake-upstream.js';
import { Gateway } from './gateway.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// The whole suite's bound: past it everything is killed and the run fails, so a hung browser or
// gateway can never hold CI.
const SUITE_TIMEOUT_MS = 5 * 60_000;

/** Names the tests rely on. The "steady" provider always answers; "alice-own" is member A's. */
export const SEED = { provider: 'steady', memberA: 'alice', memberB: 'bob', memberAProvider: 'alice-own' };

export async function startStack() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-ui-e2e-'));
  const stack = { dataDir, upstream: null, gateway: null, browser: null, keys: {} };
  const killAll = () => stack.gateway?.kill();
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
  stack.watchdog = setTimeout(() => {
    console.error(`ui-e2e: the suite ran longer than ${SUITE_TIMEOUT_MS / 1000} s; killing everything`);
    killAll();
    process.exit(124);
  }, SUITE_TIMEOUT_MS);
  stack.watchdog.unref();

  stack.upstream = await new FakeUpstream().start();
  stack.gateway = await new Gateway(dataDir).start();
  await seed(stack);
  stack.browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-dev-shm-usage'],
  });
  return stack;
}

async function seed(stack) {
  const gw = stack.gateway;
  await gw.call('POST', '/admin/v1/providers', {
    name: SEED.provider, preset: 'custom', base_url: stack.upstream.baseUrl(SEED.provider), api_key: UPSTREAM_KEY,
  });
  for (const user of [SEED.memberA, SEED.memberB]) {
    await gw.call('POST', '/admin/v1/users', { name: user, role: 'member' });
    stack.keys[user] = (await gw.call('POST', '/admin/v1/keys', { user, name: `${user}-e2e` })).secret;
  }
  // Made by the admin for member A: a member may not point a provider at loopback themselves.
  await gw.call('POST', '/admin/v1/providers', {
    name: SEED.memberAProvider, preset: 'custom', base_url: stack.upstream.baseUrl('alice'), api_key: UPSTREAM_KEY,
    owner: SEED.memberA, allow_private_network: true,
  });
}

export async function stopStack(stack, { failed } = {}) {
  if (!stack) return;
  clearTimeout(stack.watchdog);
  await stack.browser?.close().catch(() => {});
  if (failed && stack.gateway) console.error(`ui-e2e: gateway log (tail)\n${stack.gateway.log().slice(-8000)}`);
  await stack.gateway?.stop();
  await stack.upstream?.stop();
  fs.rmSync(stack.dataDir, { recursive: true, force: true });
}
