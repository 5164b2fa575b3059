// The usage report's arithmetic, on answers shaped like the gateway's (proto3 JSON: int64 as
// strings, zero values absent). Run: node --test src/ (in ui/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overallSeries, seriesByGroup, timeAxis, topModels, usagePath, usageQuery } from './data.js';

const NOW = Date.parse('2026-12-07T12:34:56Z');
const H = 3600;
const at = (iso) => Date.parse(iso) / 1000;

test('a member reads /v1/usage, every other role /admin/v1/usage', () => {
  assert.equal(usagePath({ role: 'member' }), '/v1/usage');
  for (const role of ['admin', 'operator', 'viewer']) assert.equal(usagePath({ role }), '/admin/v1/usage');
});

test('the query names the period, its granularity and the grouping', () => {
  const q = new URLSearchParams(usageQuery('7d', 'provider', NOW));
  assert.equal(q.get('granularity'), 'hour');
  assert.equal(q.get('to'), '2026-12-07T12:34:56.000Z');
  assert.equal(q.get('from'), '2026-11-30T12:34:56.000Z');
  assert.equal(q.get('group_by'), 'provider');
  const month = new URLSearchParams(usageQuery('30d', '', NOW));
  assert.equal(month.get('granularity'), 'day');
  assert.equal(month.has('group_by'), false);
});

test('an hourly axis has every UTC hour of the period, traffic or not', () => {
  const x = timeAxis('24h', NOW, [{ start: '2026-12-07T12:00:00Z' }]);
  assert.equal(x.length, 25);
  assert.equal(x[0], at('2026-12-06T12:00:00Z'));
  assert.equal(x[x.length - 1], at('2026-12-07T12:00:00Z'));
  assert.ok(x.every((t, i) => i === 0 || t - x[i - 1] === H));
});

test('a daily axis steps a day from the days the gateway reported (its time zone decides where they start)', () => {
  // Paris midnights, as a gateway run with --time-zone Europe/Paris reports them.
  const x = timeAxis('30d', NOW, [{ start: '2026-12-06T23:00:00Z' }, { start: '2026-12-05T23:00:00Z' }]);
  assert.equal(x.length, 31);
  assert.equal(x[0], at('2026-11-06T23:00:00Z'));
  assert.equal(x[30], at('2026-12-06T23:00:00Z'));
  assert.ok(x.every((t, i) => i === 0 || t - x[i - 1] === 24 * H));
});

test('a reported day an hour off the step (daylight saving time) replaces the filler, not joins it', () => {
  const now = Date.parse('2026-11-02T12:00:00Z');
  // Paris: 23:00Z in winter, 22:00Z before 25 October.
  const x = timeAxis('30d', now, [{ start: '2026-11-01T23:00:00Z' }, { start: '2026-10-20T22:00:00Z' }]);
  assert.ok(x.includes(at('2026-10-20T22:00:00Z')));
  assert.ok(!x.includes(at('2026-10-20T23:00:00Z')));
  assert.ok(x.every((t, i) => i === 0 || t - x[i - 1] >= 23 * H));
});

test('without traffic a daily axis still spans the period, at UTC midnights', () => {
  const x = timeAxis('30d', NOW, []);
  assert.equal(x.length, 31);
  assert.equal(x[30], at('2026-12-07T00:00:00Z'));
});

const grouped = [
  { start: '2026-12-07T11:00:00Z', model: 'small', totals: { requests: '2', cost_nanos: '100' } },
  { start: '2026-12-07T12:00:00Z', model: 'big', totals: { requests: '5', cost_nanos: '9000' } },
  { start: '2026-12-07T12:00:00Z', model: 'small', totals: { requests: '1' } },
];

test('groups become series, the busiest first, with zeros where a group had no traffic', () => {
  const x = [at('2026-12-07T11:00:00Z'), at('2026-12-07T12:00:00Z')];
  const s = seriesByGroup(x, grouped, 'model', (t) => Number(t.requests ?? 0));
  assert.deepEqual(s.map((g) => [g.label, g.values, g.total]), [
    ['big', [0, 5], 5],
    ['small', [2, 1], 3],
  ]);
});

test('a second chart keeps the first chart\'s group order, so colours match', () => {
  const x = [at('2026-12-07T11:00:00Z'), at('2026-12-07T12:00:00Z')];
  const cost = seriesByGroup(x, grouped, 'model', (t) => Number(t.cost_nanos ?? 0), ['small', 'big']);
  assert.deepEqual(cost.map((g) => g.label), ['small', 'big']);
});

test('beyond six groups the smallest are summed as "other"', () => {
  const buckets = Array.from({ length: 9 }, (_, i) => ({
    start: '2026-12-07T12:00:00Z',
    key_prefix: 'sb-key' + i,
    totals: { requests: String(10 - i) },
  }));
  const s = seriesByGroup([at('2026-12-07T12:00:00Z')], buckets, 'key', (t) => Number(t.requests));
  assert.equal(s.length, 6);
  assert.deepEqual(s.slice(0, 5).map((g) => g.label), ['sb-key0', 'sb-key1', 'sb-key2', 'sb-key3', 'sb-key4']);
  assert.deepEqual([s[5].label, s[5].total], ['other', 5 + 4 + 3 + 2]);
  assert.deepEqual(s[5].members.map((g) => g.label), ['sb-key5', 'sb-key6', 'sb-key7', 'sb-key8']);
});

test('latency and error rate leave a gap where there were no requests, not a zero', () => {
  const x = [at('2026-12-07T11:00:00Z'), at('2026-12-07T12:00:00Z')];
  const buckets = [
    {
      start: '2026-12-07T12:00:00Z',
      totals: { requests: '4', errors: '1', prompt_tokens: '10', latency_mean_ms: '20', latency_p95_ms: '50' },
    },
  ];
  const s = overallSeries(x, buckets, { requests: '4', errors: '1', prompt_tokens: '10' });
  assert.deepEqual(s.latency[0].values, [null, 20]);
  assert.deepEqual(s.latency[1].values, [null, 50]);
  assert.deepEqual(s.errorRate[0].values, [null, 25]);
  assert.equal(s.errorRate[0].total, 25);
  assert.deepEqual(s.tokens[0].values, [0, 10]);
  assert.deepEqual(s.tokens[1].values, [0, 0]);
});

test('top models sum their buckets and weight the mean latency by requests', () => {
  const rows = topModels([
    { start: '2026-12-07T11:00:00Z', model: 'a', totals: { requests: '1', latency_mean_ms: '100', cost_nanos: '5' } },
    { start: '2026-12-07T12:00:00Z', model: 'a', totals: { requests: '3', latency_mean_ms: '20', cost_nanos: '7' } },
    { start: '2026-12-07T12:00:00Z', model: 'b', totals: { requests: '9', unpriced_requests: '9' } },
  ]);
  assert.deepEqual(rows.map((r) => r.model), ['b', 'a']);
  assert.equal(rows[1].requests, 4);
  assert.equal(rows[1].costNanos, 12);
  assert.equal(rows[1].latencyMean, 40);
  assert.equal(rows[0].unpriced, 9);
});
