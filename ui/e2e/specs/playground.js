// The playground: a streamed answer grows as the SSE events arrive, its stats line says what
// served it, and compare mode answers one prompt from two models side by side.
import assert from 'node:assert/strict';
import { replyOf } from '../lib/fake-upstream.js';
import { SEED } from '../lib/stack.js';
import { choose, eventually, signIn, visit } from '../lib/ui.js';

const SMALL = `${SEED.provider}/fake-small`;
const LARGE = `${SEED.provider}/fake-large`;

/** Samples the element's text until it is `final`; returns every distinct text seen before. */
async function watchGrow(locator, final, timeout = 20_000) {
  const seen = [];
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = (await locator.innerText()).trim();
    if (text === final) return seen;
    if (text && seen.at(-1) !== text) seen.push(text);
    assert.ok(Date.now() < deadline, `the answer did not become "${final}"; last seen "${text}"`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export default function playground(suite) {
  suite.describe('playground', () => {
    suite.test('a streamed answer arrives incrementally, then the stats line says what served it', async ({ open, stack }) => {
      // As a member: the playground is for anyone who may call models.
      const s = await open();
      await signIn(s, stack.keys[SEED.memberB]);
      const { page } = s;
      await visit(page, 'Playground');
      await choose(page.getByLabel('Model', { exact: true }), SMALL);
      await page.getByLabel('System prompt').fill('You are terse.');
      await page.getByLabel('Message').fill('Tell me about foxes.');
      await page.getByLabel('Temperature').fill('0.2');
      await page.getByLabel('Max tokens').fill('64');
      await page.getByRole('button', { name: 'Send', exact: true }).click();

      const final = replyOf('fake-small');
      const partial = await watchGrow(page.getByRole('log', { name: 'Answer' }), final);
      assert.ok(partial.length >= 2, `at least two partial answers before the whole one, saw ${JSON.stringify(partial)}`);
      for (const text of partial) assert.ok(final.startsWith(text), `"${text}" is a prefix of the answer`);

      await eventually(async () => {
        const body = await page.locator('main').innerText();
        assert.match(body, /TTFT\s*\d+(\.\d+)?\s*ms/);
        assert.match(body, new RegExp(`served by ${SMALL}`));
      });
    });

    suite.test('compare mode answers one prompt from two models side by side', async ({ open, gateway }) => {
      const s = await open();
      await signIn(s, gateway.adminKey);
      const { page } = s;
      await visit(page, 'Playground');
      await page.getByRole('checkbox', { name: 'Compare' }).check();
      await choose(page.getByLabel('Model 1', { exact: true }), SMALL);
      await choose(page.getByLabel('Model 2', { exact: true }), LARGE);
      await page.getByLabel('Message').fill('Tell me about foxes.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      const left = page.getByLabel(`Answer ${SMALL}`, { exact: true });
      const right = page.getByLabel(`Answer ${LARGE}`, { exact: true });
      await eventually(async () => {
        assert.equal((await left.innerText()).trim(), replyOf('fake-small'));
        assert.equal((await right.innerText()).trim(), replyOf('fake-large'));
      }, { timeout: 20_000 });
      // Side by side at 1280 px: the two answers share a row.
      const [a, b] = [await left.boundingBox(), await right.boundingBox()];
      assert.ok(Math.abs(a.y - b.y) < 5 && a.x < b.x, `side by side: ${JSON.stringify({ a, b })}`);
    });
  });
}
