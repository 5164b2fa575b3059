// Keys: a new key's secret is shown once (and works), then only masked; revoking it asks first
// and the secret stops working.
import assert from 'node:assert/strict';
import { eventually, signIn, visit } from '../lib/ui.js';

const KEY_NAME = 'e2e-ui-key';

export default function keys(suite) {
  suite.describe('keys', () => {
    suite.test('a created key is shown once, then only masked, and revoking it ends it', async ({ open, gateway }) => {
      const s = await open();
      await signIn(s, gateway.adminKey);
      const { page } = s;
      await visit(page, 'Keys');
      await page.getByRole('button', { name: 'New key' }).click();
      await page.getByLabel('Key name').fill(KEY_NAME);
      await page.getByLabel('Expires in days').fill('30');
      await page.getByRole('button', { name: /^(Create|Save)/ }).click();

      const shown = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Done' }) });
      await shown.getByRole('button', { name: 'Copy' }).waitFor();
      // The secret may be text or a read-only field's value.
      const values = await shown.locator('input, textarea').evaluateAll((els) => els.map((e) => e.value));
      const secret = /sb-[A-Za-z0-9_-]{16,}/.exec([await shown.innerText(), ...values].join(' '))?.[0];
      assert.ok(secret, 'the dialog shows the new secret');
      // It is the real secret: the gateway accepts it.
      const me = await gateway.call('GET', '/admin/v1/me', null, secret);
      assert.deepEqual([me.credential, me.user_name], ['api_key', 'admin']);
      await shown.getByRole('button', { name: 'Done' }).click();
      await shown.waitFor({ state: 'hidden' });

      const row = page.getByRole('row').filter({ hasText: KEY_NAME });
      await row.waitFor();
      assert.match(await row.innerText(), new RegExp(`\\*\\*\\*\\*${secret.slice(-4)}|${secret.slice(0, 11)}`),
        'the row shows the prefix or the masked secret');
      assert.equal((await page.content()).includes(secret), false, 'the secret is not rendered after the dialog');
      await page.reload();
      await page.getByRole('row').filter({ hasText: KEY_NAME }).waitFor();
      assert.equal((await page.content()).includes(secret), false, 'nor after a reload');

      await page.getByRole('row').filter({ hasText: KEY_NAME }).getByRole('button', { name: 'Revoke' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await assert.rejects(gateway.call('GET', '/admin/v1/me', null, secret), (e) => e.status === 401,
        'the revoked secret no longer works');
      // The list reloads after the revocation: the row goes (inactive keys are hidden) or says so.
      await eventually(async () => {
        const rows = await page.getByRole('row').filter({ hasText: KEY_NAME }).allInnerTexts();
        assert.ok(rows.every((text) => /revoked/i.test(text)), `the key's row after revoking: ${JSON.stringify(rows)}`);
      });
    });
  });
}
