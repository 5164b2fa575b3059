// The Limits form as the LimitPolicy JSON that PUT /admin/v1/limits/key/{id} takes.
// Run: node --test src/ (in ui/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policyFrom } from './limits.js';

function form(fields) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

test('empty fields set no limit at all', () => {
  assert.deepEqual(policyFrom(form({ rpm: '', tpm: '', concurrent: '', budget: '', budget_period: 'month' })), {});
});

test('rates, a hard monthly budget and a soft daily quota', () => {
  const policy = policyFrom(
    form({
      rpm: '60',
      tpm: '10000',
      concurrent: '2',
      budget: '25.00',
      budget_period: 'month',
      quota_requests: '1000',
      quota_tokens: '',
      quota_period: 'day',
      quota_soft: 'on',
    }),
  );
  assert.deepEqual(policy, {
    requests_per_minute: '60',
    tokens_per_minute: '10000',
    max_concurrent: 2,
    // The amount goes as the decimal string typed: the gateway counts money in nano-dollars.
    budget: { amount_usd: '25.00', period: 'month', soft: false },
    quota: { requests: '1000', tokens: '0', period: 'day', soft: true },
  });
});

test('a zero budget is no budget', () => {
  assert.equal(policyFrom(form({ budget: '0', budget_period: 'day' })).budget, undefined);
});
