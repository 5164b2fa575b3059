// Every page, at 1280×800 and at a phone's 390 px: no serious or critical axe-core violation, no
// sideways scrolling, and a full-page screenshot under target/screenshots/ for a reviewer.
import assert from 'node:assert/strict';
import { SEED } from '../lib/stack.js';
import { DESKTOP, PHONE, assertAccessible, choose, screenshot, settled, signIn } from '../lib/ui.js';

const ROUTES = [
  ['Providers', 'providers'], ['Aliases', 'aliases'], ['Keys', 'keys'],
  ['Usage', 'usage'], ['Audit', 'audit'], ['Playground', 'playground'],
];

/** Runs every check on the page as it is now; returns the failures instead of stopping at one. */
async function inspect(page, name, viewport) {
  const failures = [];
  await screenshot(page, name);
  try {
    await assertAccessible(page, `${name} at ${viewport.width} px`);
  } catch (e) {
    failures.push(e.message);
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > viewport.width + 1) failures.push(`${name} at ${viewport.width} px scrolls sideways (${width} px wide)`);
  return failures;
}

export default function accessibility(suite) {
  suite.describe('accessibility and screenshots', () => {
    for (const viewport of [DESKTOP, PHONE]) {
      suite.test(`every page at ${viewport.width} px: axe-core finds nothing serious; screenshots`, async ({ open, gateway }) => {
        // axe is injected as a script: only this context lets the page run it despite the CSP.
        const s = await open({ viewport, bypassCSP: true });
        const { page } = s;
        const failures = [];
        await page.goto(`${s.origin}/ui/`);
        await page.getByLabel('API key or token').waitFor();
        failures.push(...await inspect(page, 'login', viewport));
        await signIn(s, gateway.adminKey);

        for (const [name, route] of ROUTES) {
          // By address, not the nav: a phone-width layout may fold the nav into a menu.
          await page.goto(`${s.origin}/ui/#/${route}`);
          await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
          await settled(page);
          if (route === 'playground') {
            await choose(page.getByLabel('Model', { exact: true }), `${SEED.provider}/fake-small`);
            await page.getByLabel('Message').fill('Tell me about foxes.');
            await page.getByRole('button', { name: 'Send', exact: true }).click();
            await page.getByRole('log', { name: 'Answer' }).getByText('lazy dog').waitFor();
          }
          failures.push(...await inspect(page, route, viewport));
        }

        await page.goto(`${s.origin}/ui/#/providers`);
        await page.getByRole('button', { name: 'Add provider' }).click();
        await page.getByRole('dialog', { name: 'Add provider' }).waitFor();
        failures.push(...await inspect(page, 'providers-add', viewport));
        assert.deepEqual(failures, []);
      }, { timeout: 90_000 });
    }
  });
}
