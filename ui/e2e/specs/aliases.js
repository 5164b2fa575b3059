// Aliases: create one over a provider model through the form, see it listed with its target's
// breaker state, and check the gateway stored what the form said.
import assert from 'node:assert/strict';
import { SEED } from '../lib/stack.js';
import { eventually, setField, signIn, visit } from '../lib/ui.js';

const ALIAS = 'e2e-alias';

export default function aliases(suite) {
  suite.describe('aliases', () => {
    suite.test('an alias created in the form is listed with its target and breaker state', async ({ open, gateway }) => {
      const s = await open();
      await signIn(s, gateway.adminKey);
      const { page } = s;
      await visit(page, 'Aliases');
      await page.getByRole('button', { name: 'New alias' }).click();
      await page.getByLabel('Alias name').fill(ALIAS);
      await setField(page.getByLabel('Target model').first(), `${SEED.provider}/fake-small`);
      await page.getByLabel('Weight').first().fill('3');
      await page.getByRole('button', { name: 'Add target' }).click();
      await setField(page.getByLabel('Target model').nth(1), `${SEED.provider}/fake-large`);
      await page.getByLabel('Max attempts').fill('2');
      await page.getByRole('button', { name: 'Save' }).click();

      const card = page.getByRole('article', { name: `Alias ${ALIAS}` });
      await card.waitFor();
      const text = await card.innerText();
      assert.match(text, new RegExp(`${SEED.provider}/fake-small`));
      assert.match(text, new RegExp(`${SEED.provider}/fake-large`));
      assert.match(text, /closed/i, 'the breaker state of the targets');

      const stored = await gateway.call('GET', `/admin/v1/aliases/${ALIAS}`);
      assert.deepEqual(stored.targets.map((t) => t.model), [`${SEED.provider}/fake-small`, `${SEED.provider}/fake-large`]);
      assert.equal(stored.targets[0].weight, 3);
      assert.equal(stored.retry?.max_attempts, 2);

      // A request through the alias (priority: the first target serves it) shows on its row.
      await gateway.call('POST', '/v1/chat/completions', { model: ALIAS, messages: [{ role: 'user', content: 'hi' }] });
      await page.reload();
      const served = page.getByRole('article', { name: `Alias ${ALIAS}` }).getByRole('row').filter({ hasText: `${SEED.provider}/fake-small` });
      await eventually(async () => {
        const row = await served.innerText();
        assert.doesNotMatch(row, /never/, `the first target's row after a request: ${row}`);
        assert.match(row, /closed/i);
      });
    });
  });
}
