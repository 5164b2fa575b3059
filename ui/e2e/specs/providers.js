// Providers: add one from the custom (OpenAI-compatible) preset and watch it connect, break its
// upstream and watch it turn red with the error, test a prompt, delete it.
import assert from 'node:assert/strict';
import { MODELS, UPSTREAM_KEY, replyOf } from '../lib/fake-upstream.js';
import { SEED } from '../lib/stack.js';
import { choose, eventually, screenshot, signIn, visit } from '../lib/ui.js';

const NAME = 'e2e-flaky';
export const SECRET_HEADER = { name: 'x-e2e-tenant', value: 'tenant-secret-9876' };
const STATES = ['Connected', 'Connecting', 'Disconnected', 'Disabled', 'Error'];

/** The card's status badge: the one element whose whole text is a state name. */
async function stateOf(card) {
  for (const state of STATES) {
    if (await card.getByText(state, { exact: true }).count()) return state;
  }
  return null;
}

async function adminOnProviders(open, gateway) {
  const s = await open();
  await signIn(s, gateway.adminKey);
  await visit(s.page, 'Providers');
  return s;
}

export default function providers(suite) {
  suite.describe('providers', () => {
    suite.test('a provider added from the custom preset turns Connected, then Error when its upstream fails',
      async ({ open, gateway, upstream }) => {
        const { page } = await adminOnProviders(open, gateway);
        await page.getByRole('button', { name: 'Add provider' }).click();
        const dialog = page.getByRole('dialog', { name: 'Add provider' });
        await choose(dialog.getByLabel('Preset'), /custom|openai-compatible/i);
        await dialog.getByLabel('Name', { exact: true }).fill(NAME);
        await dialog.getByLabel('Base URL').fill(upstream.baseUrl(NAME));
        await dialog.getByLabel('API key').fill(UPSTREAM_KEY);
        for (const label of ['Format', 'Timeout']) {
          assert.equal(await dialog.getByLabel(label).count(), 1, `the preset's form has "${label}"`);
        }
        if (!(await dialog.getByLabel('Header name').count())) {
          await dialog.getByRole('button', { name: /add header/i }).click();
        }
        await dialog.getByLabel('Header name').last().fill(SECRET_HEADER.name);
        await dialog.getByLabel('Header value').last().fill(SECRET_HEADER.value);
        await dialog.getByRole('checkbox', { name: 'Secret' }).last().check();
        await dialog.getByRole('button', { name: 'Save' }).click();
        await dialog.waitFor({ state: 'hidden' });

        const card = page.getByRole('article', { name: `Provider ${NAME}` });
        await eventually(async () => assert.equal(await stateOf(card), 'Connected'));
        // The secret header reached the upstream, and is shown back masked only.
        assert.ok(upstream.requests.some((r) => r.name === NAME && r.headers[SECRET_HEADER.name] === SECRET_HEADER.value),
          'the gateway sent the secret header upstream');
        assert.equal((await page.content()).includes(SECRET_HEADER.value), false, 'the secret header value is never rendered');
        assert.equal((await page.content()).includes(UPSTREAM_KEY), false, 'the upstream key is never rendered');

        upstream.fail(NAME);
        try {
          await card.getByRole('button', { name: 'Test connection' }).click();
          await eventually(async () => assert.equal(await stateOf(card), 'Error'));
          const { last_error: lastError } = await gateway.call('GET', `/admin/v1/providers/${NAME}`);
          assert.match(lastError ?? '', /down for the test/, 'the gateway recorded the upstream\'s error');
          await eventually(async () => assert.ok((await card.innerText()).includes(lastError),
            `the card shows the last error "${lastError}"`));
          await screenshot(page, 'providers-error');
        } finally {
          upstream.heal(NAME);
        }
      });

    suite.test('test prompt shows the latency and the reply; Models lists the upstream\'s models', async ({ open, gateway }) => {
      const { page } = await adminOnProviders(open, gateway);
      const card = page.getByRole('article', { name: `Provider ${SEED.provider}` });
      await card.getByRole('button', { name: 'Test prompt' }).click();
      const prompt = card.getByLabel('Prompt', { exact: true });
      assert.equal(await prompt.getAttribute('maxlength'), '30');
      await prompt.fill('Say hello');
      await card.getByRole('button', { name: 'Send', exact: true }).click();
      // The upstream answers with its first listed model when no model is chosen.
      const result = card.getByRole('status').filter({ hasText: replyOf(MODELS[0]) });
      await result.waitFor();
      assert.match(await result.innerText(), /\d+ ms/, 'the reply comes with its latency');

      await card.getByRole('button', { name: 'Models' }).click();
      for (const model of MODELS) await card.getByRole('listitem').getByText(model, { exact: true }).waitFor();
    });

    suite.test('the Enabled switch disables a provider and enables it again', async ({ open, gateway, upstream }) => {
      const name = 'e2e-toggle';
      await gateway.call('POST', '/admin/v1/providers', { name, preset: 'custom', base_url: upstream.baseUrl(name), api_key: UPSTREAM_KEY });
      const { page } = await adminOnProviders(open, gateway);
      const card = page.getByRole('article', { name: `Provider ${name}` });
      const enabled = card.getByRole('switch', { name: 'Enabled' });
      await eventually(async () => assert.equal(await stateOf(card), 'Connected'));
      // click, not uncheck: the switch shows the saved state, so it flips once the gateway answers.
      await enabled.click();
      await eventually(async () => assert.equal(await stateOf(card), 'Disabled'));
      assert.equal(await enabled.isChecked(), false);
      assert.equal((await gateway.call('GET', `/admin/v1/providers/${name}`)).enabled, false);
      await enabled.click();
      await eventually(async () => assert.equal(await stateOf(card), 'Connected'));
      assert.equal(await enabled.isChecked(), true);
      assert.equal((await gateway.call('GET', `/admin/v1/providers/${name}`)).enabled, true);
    });

    suite.test('delete asks first, then removes the provider', async ({ open, gateway, upstream }) => {
      const name = 'e2e-doomed';
      await gateway.call('POST', '/admin/v1/providers', { name, preset: 'custom', base_url: upstream.baseUrl(name), api_key: UPSTREAM_KEY });
      const { page } = await adminOnProviders(open, gateway);
      const card = page.getByRole('article', { name: `Provider ${name}` });
      await card.getByRole('button', { name: 'Delete' }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByRole('button', { name: 'Delete' }).click();
      await card.waitFor({ state: 'detached' });
      await assert.rejects(gateway.call('GET', `/admin/v1/providers/${name}`), (e) => e.status === 404);
    });
  });
}
