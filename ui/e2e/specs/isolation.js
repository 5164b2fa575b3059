// Isolation: a member sees the shared providers and their own, never another member's.
import assert from 'node:assert/strict';
import { SEED } from '../lib/stack.js';
import { signIn, visit } from '../lib/ui.js';

async function providerNames(open, key) {
  const s = await open();
  await signIn(s, key);
  await visit(s.page, 'Providers');
  // The shared provider's card first: the list has loaded when it is there.
  await s.page.getByRole('article', { name: `Provider ${SEED.provider}` }).waitFor();
  return s.page.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
}

export default function isolation(suite) {
  suite.describe('isolation', () => {
    suite.test('member B does not see member A\'s provider; member A does', async ({ open, stack }) => {
      const ofB = await providerNames(open, stack.keys[SEED.memberB]);
      assert.equal(ofB.includes(`Provider ${SEED.memberAProvider}`), false, `member B sees ${JSON.stringify(ofB)}`);
      const ofA = await providerNames(open, stack.keys[SEED.memberA]);
      assert.ok(ofA.includes(`Provider ${SEED.memberAProvider}`), `member A sees ${JSON.stringify(ofA)}`);
    });
  });
}
