// Secrets stay out of the gateway's output: after the whole suite (keys, sessions, provider keys and a
// secret header typed into the console), the gateway's log (its access log included) holds none of them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { UPSTREAM_KEY } from '../lib/fake-upstream.js';
import { SEED } from '../lib/stack.js';
import { signIn, visit } from '../lib/ui.js';
import { SECRET_HEADER } from './providers.js';

export default function secrets(suite) {
  suite.describe('secrets', () => {
    suite.test('the gateway log holds no key, session id, CSRF token or secret header', async ({ open, stack, gateway }) => {
      const s = await open();
      await signIn(s, stack.keys[SEED.memberA]);
      // A change made through the session: the CSRF token goes over the wire once more.
      await visit(s.page, 'Providers');
      const session = await s.page.evaluate(async () => (await fetch('/ui/api/session')).json());
      const cookie = (await s.context.cookies()).find((c) => c.name === 'sb_session');
      assert.ok(cookie?.value && session.csrf_token, 'signed in: a session cookie and a CSRF token');
      const secrets = {
        'the admin key': gateway.adminKey,
        [`${SEED.memberA}'s key`]: stack.keys[SEED.memberA],
        [`${SEED.memberB}'s key`]: stack.keys[SEED.memberB],
        'the provider key': UPSTREAM_KEY,
        'the secret header': SECRET_HEADER.value,
        'the session id': cookie.value,
        'the CSRF token': session.csrf_token,
      };
      const log = fs.readFileSync(gateway.logFile, 'utf8');
      // The log is not empty: the access log wrote a line per request of the suite.
      assert.ok(log.split('\n').filter((l) => l.includes('"request_id"')).length > 50, 'access-log lines were written');
      for (const [what, value] of Object.entries(secrets)) {
        assert.equal(log.includes(value), false, `${what} appears in the gateway log`);
      }
    });
  });
}
