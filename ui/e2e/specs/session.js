// Signing in with an API key, what the header shows, a refused credential, and signing out.
import assert from 'node:assert/strict';
import { SEED } from '../lib/stack.js';
import { signIn } from '../lib/ui.js';

const ADMIN_PAGES = ['Providers', 'Aliases', 'Keys', 'Usage', 'Audit', 'Playground'];

export default function session(suite) {
  suite.describe('session', () => {
    suite.test('a wrong key is refused with the gateway\'s message and no session', async ({ open }) => {
      const s = await open();
      await s.page.goto(`${s.origin}/ui/`);
      await s.page.getByLabel('API key or token').fill('sb-not-a-real-key-000000000000');
      await s.page.getByRole('button', { name: 'Sign in' }).click();
      const alert = s.page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /\S/, 'the alert carries a message');
      assert.equal(await s.page.getByRole('button', { name: 'Sign out' }).count(), 0);
    });

    suite.test('the admin key signs in: name, role and every page in the nav', async ({ open, gateway }) => {
      const s = await open();
      await signIn(s, gateway.adminKey);
      const header = s.page.getByRole('banner');
      assert.match(await header.innerText(), /admin/);
      for (const name of ADMIN_PAGES) {
        assert.equal(await s.page.getByRole('link', { name, exact: true }).count(), 1, `nav link ${name}`);
      }
      // The credential is traded for an HttpOnly cookie: script on the page cannot read it.
      assert.equal(await s.page.evaluate(() => document.cookie.includes('sb_session')), false);
      const cookie = (await s.context.cookies()).find((c) => c.name === 'sb_session');
      assert.ok(cookie?.httpOnly && cookie.sameSite === 'Strict', `session cookie: ${JSON.stringify(cookie && { ...cookie, value: '…' })}`);
      // The page never keeps the key itself around.
      assert.equal((await s.page.content()).includes(gateway.adminKey), false);
    });

    suite.test('a member sees only the pages a member may use', async ({ open, stack }) => {
      const s = await open();
      await signIn(s, stack.keys[SEED.memberB]);
      assert.match(await s.page.getByRole('banner').innerText(), new RegExp(SEED.memberB));
      assert.match(await s.page.getByRole('banner').innerText(), /member/);
      assert.equal(await s.page.getByRole('link', { name: 'Audit', exact: true }).count(), 0);
      assert.equal(await s.page.getByRole('link', { name: 'Playground', exact: true }).count(), 1);
    });

    suite.test('the keyboard alone signs in, opens a page and closes a dialog', async ({ open, gateway }) => {
      const { page, origin } = await open();
      await page.goto(`${origin}/ui/`);
      await page.getByLabel('API key or token').focus();
      await page.keyboard.type(gateway.adminKey);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      // Tab to the Keys link (bounded, so a focus trap fails instead of looping).
      for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.textContent === 'Keys')); i++) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Keys' }).waitFor();
      await page.getByRole('button', { name: 'New key' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      assert.equal(await page.evaluate(() => !!document.activeElement?.closest('dialog')), true, 'focus moves into the dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    });

    suite.test('sign out ends the session on the server too', async ({ open, gateway }) => {
      const s = await open();
      await signIn(s, gateway.adminKey);
      await s.page.getByRole('button', { name: 'Sign out' }).click();
      await s.page.getByLabel('API key or token').waitFor();
      const status = await s.page.evaluate(async () => (await fetch('/ui/api/session')).status);
      assert.equal(status, 401);
      await s.page.reload();
      await s.page.getByLabel('API key or token').waitFor();
      assert.equal(await s.page.getByRole('button', { name: 'Sign out' }).count(), 0);
    });
  });
}
