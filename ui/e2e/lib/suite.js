// What the specs share: the running stack, and `test`, which wraps node:test's `it` so every
// browser context a test opens is closed after it and checked for CSP violations and page errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage } from './ui.js';

export class Suite {
  constructor() {
    this.stack = null;
    this.failed = false;
  }

  describe(name, fn) {
    describe(name, fn);
  }

  test(name, fn, { timeout = 60_000 } = {}) {
    it(name, { timeout }, async () => {
      const sessions = [];
      const open = async (options) => {
        const s = await openPage(this.stack, options);
        sessions.push(s);
        return s;
      };
      try {
        await fn({ open, stack: this.stack, gateway: this.stack.gateway, upstream: this.stack.upstream });
        assert.deepEqual(sessions.flatMap((s) => s.problems), [], 'CSP violations or page errors while using the console');
      } catch (e) {
        this.failed = true;
        throw e;
      } finally {
        await Promise.all(sessions.map((s) => s.context.close().catch(() => {})));
      }
    });
  }
}
