// The Content-Security-Policy holds: the headers are there, and using every page (a stream in
// the playground included) raises no violation in the console.
import assert from 'node:assert/strict';
import { SEED } from '../lib/stack.js';
import { choose, signIn, visit } from '../lib/ui.js';

export const PAGES = ['Providers', 'Aliases', 'Keys', 'Usage', 'Audit', 'Playground'];

export default function csp(suite) {
  suite.describe('content security policy', () => {
    suite.test('/ui/ carries the strict headers and no page violates the policy', async ({ open, gateway }) => {
      const s = await open();
      const res = await s.page.goto(`${s.origin}/ui/`);
      const headers = res.headers();
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'"]) {
        assert.ok(headers['content-security-policy']?.includes(directive), `CSP has ${directive}: ${headers['content-security-policy']}`);
      }
      assert.equal(headers['x-content-type-options'], 'nosniff');
      assert.equal(headers['x-frame-options'], 'DENY');
      assert.equal(headers['referrer-policy'], 'no-referrer');

      await signIn(s, gateway.adminKey);
      for (const name of PAGES) await visit(s.page, name);
      await choose(s.page.getByLabel('Model', { exact: true }), `${SEED.provider}/fake-small`);
      await s.page.getByLabel('Message').fill('hi');
      await s.page.getByRole('button', { name: 'Send', exact: true }).click();
      await s.page.getByRole('log', { name: 'Answer' }).getByText('lazy dog').waitFor();
      // The suite's wrapper fails the test on any CSP console error or page error seen above;
      // this checks the listener itself works, so a silent pass means something.
      await s.page.evaluate(() => {
        const el = document.createElement('div');
        el.innerHTML = '<img src="https://example.invalid/x.png">';
        document.body.append(el);
      });
      await s.page.waitForTimeout(300);
      assert.ok(s.problems.some((p) => p.startsWith('CSP')), 'a third-party image is refused and reported');
      s.problems.length = 0;
    });
  });
}
