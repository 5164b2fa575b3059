// Usage: traffic through the gateway shows up in the top-models table and changes the requests
// chart; the CSV export carries it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { SEED } from '../lib/stack.js';
import { choose, eventually, signIn, visit } from '../lib/ui.js';

const MODEL = 'fake-usage';
const CAPTIONS = ['Requests', 'Tokens', 'Cost (USD)', 'Latency (ms)', 'Error rate'];

function chat(gateway, model) {
  return gateway.call('POST', '/v1/chat/completions', {
    model: `${SEED.provider}/${model}`, messages: [{ role: 'user', content: 'count me' }],
  });
}

export default function usage(suite) {
  suite.describe('usage', () => {
    suite.test('the charts and top models update after traffic, and the CSV export carries it', async ({ open, gateway }) => {
      // Some earlier traffic, so the page has charts to begin with (an empty period has none).
      await chat(gateway, 'fake-small');
      const s = await open();
      await signIn(s, gateway.adminKey);
      const { page } = s;
      await visit(page, 'Usage');
      await choose(page.getByLabel('Period'), 'Last hour');
      await choose(page.getByLabel('Group by'), 'Model');
      for (const caption of CAPTIONS) {
        const figure = page.getByRole('figure', { name: caption, exact: true });
        assert.equal(await figure.locator('canvas').count() > 0, true, `a plotted chart "${caption}"`);
      }
      const topModels = page.getByRole('table', { name: 'Top models' });
      const row = topModels.getByRole('row').filter({ hasText: MODEL });
      assert.equal(await row.count(), 0, `no traffic to ${MODEL} yet`);
      const requests = page.getByRole('figure', { name: 'Requests', exact: true });
      const before = { image: await requests.screenshot(), summary: await requests.textContent() };

      for (let i = 0; i < 3; i++) await chat(gateway, MODEL);
      // The ledger writes every 250 ms; the page reads on load and on a period change.
      await eventually(async () => {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Usage' }).waitFor();
        await choose(page.getByLabel('Period'), 'Last hour');
        await choose(page.getByLabel('Group by'), 'Model');
        const cells = await row.getByRole('cell').allInnerTexts();
        assert.ok(cells.map((c) => c.trim()).includes('3'), `top models row for ${MODEL}: ${JSON.stringify(cells)}`);
      }, { timeout: 20_000, interval: 1000 });
      // The plot (a canvas) and its accessible summary both changed.
      assert.equal(before.image.equals(await requests.screenshot()), false, 'the requests chart was redrawn');
      const summary = await requests.textContent();
      assert.notEqual(summary, before.summary, 'the chart\'s accessible summary changed');
      assert.match(summary, new RegExp(MODEL), 'the summary names the new model');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole(await page.getByRole('link', { name: 'Export CSV' }).count() ? 'link' : 'button', { name: 'Export CSV' }).click(),
      ]);
      const csv = fs.readFileSync(await download.path(), 'utf8');
      assert.match(csv, new RegExp(MODEL));
    });
  });
}
