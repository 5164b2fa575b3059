// Audit (admins): the log lists what the suite's setup did, filters by action, and its hash chain
// verifies.
import assert from 'node:assert/strict';
import { signIn, visit } from '../lib/ui.js';

export default function audit(suite) {
  suite.describe('audit', () => {
    suite.test('the log lists entries, filters by action, and the chain verifies', async ({ open, gateway }) => {
      const s = await open();
      await signIn(s, gateway.adminKey);
      const { page } = s;
      await visit(page, 'Audit');
      const rows = page.getByRole('table').getByRole('row');
      await rows.nth(1).waitFor();
      assert.ok(await page.getByLabel('Actor').count(), 'an Actor filter');
      await page.getByRole('button', { name: 'Verify chain' }).click();
      await page.getByText('Chain verified').waitFor();
    });
  });
}
