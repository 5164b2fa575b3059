// Audit (admins): the log lists what the suite's setup did, filters by action, and its hash chain
// verifies.
import assert from 'node:assert/strict';
import { eventually, signIn, visit } from '../lib/ui.js';

export default function audit(suite) {
  suite.describe('audit', () => {
    suite.test('the log lists entries, filters by action, and the chain verifies', async ({ open, gateway }) => {
      const s = await open();
      await signIn(s, gateway.adminKey);
      const { page } = s;
      await visit(page, 'Audit');
      const body = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') });
      // The setup created users, keys and providers: the unfiltered log has more than one action.
      await eventually(async () => assert.match((await body.allInnerTexts()).join('\n'), /user\.create/));
      assert.ok(await page.getByLabel('Actor').count(), 'an Actor filter');

      await page.getByLabel('Action').fill('user.create');
      await page.getByLabel('Action').press('Enter');
      await eventually(async () => {
        const rows = await body.allInnerTexts();
        assert.ok(rows.length >= 2 && rows.every((r) => r.includes('user.create')), `filtered rows: ${JSON.stringify(rows)}`);
      });

      await page.getByRole('button', { name: 'Verify chain' }).click();
      await page.getByText('Chain verified').waitFor();
    });
  });
}
