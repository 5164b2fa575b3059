// Page helpers over the console's DOM contract (accessible names only, no CSS selectors), the
// axe-core pass and the screenshots.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = path.resolve(HERE, '../target/screenshots');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * A fresh browser context (its own cookies) and page. `problems` collects what must never happen
 * while using the console: a Content-Security-Policy violation or an uncaught page error.
 */
export async function openPage(stack, { viewport = DESKTOP, bypassCSP = false } = {}) {
  const context = await stack.browser.newContext({ viewport, bypassCSP });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content[- ]Security[- ]Policy|Refused to (load|execute|apply|connect|frame)/i.test(msg.text())) {
      problems.push(`CSP: ${msg.text()}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems, origin: stack.gateway.origin };
}

export async function signIn(session, credential) {
  const { page, origin } = session;
  await page.goto(`${origin}/ui/`);
  await page.getByLabel('API key or token').fill(credential);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Follows the nav link and waits for the page's <h1> and for its loading state to end. */
export async function visit(page, name) {
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await settled(page);
}

/** Waits until no "Loading…" status is visible. */
export async function settled(page) {
  await page.getByRole('status').filter({ hasText: 'Loading…' }).first().waitFor({ state: 'hidden' });
}

/** Retries `check` (which throws while unmet) until it passes or `timeout` ms pass. */
export async function eventually(check, { timeout = 15_000, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/** Fails on serious or critical axe-core violations on the page as it is now. */
export async function assertAccessible(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), [],
    `${label}: axe-core found serious or critical violations`);
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize().width;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
}

/**
 * Picks the option whose value or label is `wanted`, or the first whose label matches it (a
 * RegExp), waiting for it: options often come from a call still under way.
 */
export async function choose(select, wanted) {
  const value = await eventually(async () => {
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.label })));
    const hit = options.find((o) => (wanted instanceof RegExp ? wanted.test(o.label) || wanted.test(o.value)
      : o.value === wanted || o.label === wanted));
    assert.ok(hit, `no option ${wanted} among ${JSON.stringify(options)}`);
    return hit.value;
  }, { timeout: 10_000 });
  await select.selectOption(value);
}

/** Fills a control that may be a <select> or a text input (a combobox with suggestions). */
export async function setField(control, value) {
  const tag = await control.evaluate((el) => el.tagName);
  if (tag === 'SELECT') await choose(control, value);
  else await control.fill(String(value));
}
