// Run: node --test src/ (in ui/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditQuery } from './query.js';

test('no filter: the first page only', () => {
  assert.equal(auditQuery({ actor: '', action: '', from: '', to: '' }), 'page_size=50');
});

test('a resource prefix goes as typed, star included', () => {
  assert.equal(new URLSearchParams(auditQuery({ resource: 'providers/*' })).get('resource'), 'providers/*');
});

test('actor, action, a time range (the browser\'s local time, sent as UTC) and the next page', () => {
  const q = new URLSearchParams(
    auditQuery({ actor: 'alice', action: 'key.create', from: '2026-12-01T00:00', to: '2026-12-02T00:00' }, 'YmVmb3JlOjQ'),
  );
  assert.equal(q.get('actor'), 'alice');
  assert.equal(q.get('action'), 'key.create');
  assert.equal(q.get('start_time'), new Date('2026-12-01T00:00').toISOString());
  assert.equal(q.get('end_time'), new Date('2026-12-02T00:00').toISOString());
  assert.equal(q.get('page_token'), 'YmVmb3JlOjQ');
});
