// The browser suite of the web console: one gateway, fake upstream and Chromium for all specs
// (a JVM start per file would cost more than the tests), each test in fresh browser contexts.
import { after, before, describe } from 'node:test';
import { startStack, stopStack } from '../lib/stack.js';
import { Suite } from '../lib/suite.js';
import session from '../specs/session.js';
import providers from '../specs/providers.js';
import aliases from '../specs/aliases.js';
import playground from '../specs/playground.js';
import keys from '../specs/keys.js';
import usage from '../specs/usage.js';
import isolation from '../specs/isolation.js';
import csp from '../specs/csp.js';
import audit from '../specs/audit.js';
import accessibility from '../specs/accessibility.js';
import secrets from '../specs/secrets.js';

const suite = new Suite();

describe('web console', () => {
  before(async () => {
    suite.stack = await startStack();
  }, { timeout: 120_000 });
  after(async () => {
    await stopStack(suite.stack, { failed: suite.failed });
  }, { timeout: 30_000 });

  for (const register of [session, providers, aliases, playground, keys, usage, audit, isolation, csp, accessibility, secrets]) {
    register(suite);
  }
});
