// Usage reports (UsageAdmin.GetUsage) turned into chart series and table rows. Pure functions,
// apart from the fetch helpers at the end.
import { api } from '../../api.js';
import { num } from '../common/parts.js';

const HOUR = 3600;
const DAY = 24 * HOUR;

export const PERIODS = [
  { value: '1h', label: 'Last hour', seconds: HOUR, granularity: 'hour' },
  { value: '24h', label: 'Last 24 hours', seconds: 24 * HOUR, granularity: 'hour' },
  { value: '7d', label: 'Last 7 days', seconds: 7 * 24 * HOUR, granularity: 'hour' },
  { value: '30d', label: 'Last 30 days', seconds: 30 * 24 * HOUR, granularity: 'day' },
];

export const GROUPS = [
  { value: 'provider', label: 'Provider' },
  { value: 'model', label: 'Model' },
  { value: 'key', label: 'Key' },
  { value: 'user', label: 'User' },
];

// More lines than this on one chart cannot be told apart; the rest are summed as "other".
const MAX_GROUPS = 6;

/** Admins, operators and viewers read everyone's usage; a member reads their own. */
export function usagePath(me) {
  return me?.role === 'member' ? '/v1/usage' : '/admin/v1/usage';
}

/** The query string of one report; `now` in ms so that tests can pin it. */
export function usageQuery(periodValue, groupBy, now = Date.now()) {
  const period = PERIODS.find((p) => p.value === periodValue) || PERIODS[1];
  const to = new Date(now);
  const from = new Date(now - period.seconds * 1000);
  const q = new URLSearchParams({ granularity: period.granularity, from: from.toISOString(), to: to.toISOString() });
  if (groupBy) q.set('group_by', groupBy);
  return q.toString();
}

/** The bucket starts (epoch seconds) to plot: every hour or day of the period, traffic or not. */
export function timeAxis(periodValue, now, buckets) {
  const period = PERIODS.find((p) => p.value === periodValue) || PERIODS[1];
  const reported = [...new Set(buckets.map((b) => Date.parse(b.start) / 1000))];
  const starts = new Set(reported);
  const end = Math.floor(now / 1000);
  const from = end - period.seconds;
  if (period.granularity === 'hour') {
    // Hours are UTC hours: fill the ones without traffic with zeros so a line does not jump.
    for (let t = Math.floor(from / HOUR) * HOUR; t < end; t += HOUR) starts.add(t);
  } else {
    // Days start at midnight in the gateway's time zone, which the browser does not know: step a
    // day at a time from a reported day (UTC midnight without one), and let a reported day win
    // over a filler within half a day of it (a day of 23 or 25 hours moves midnight by an hour).
    const anchor = reported.length ? Math.max(...reported) : Math.floor(end / DAY) * DAY;
    const near = (t) => reported.some((r) => Math.abs(r - t) < DAY / 2);
    for (let t = anchor; t > from - DAY; t -= DAY) if (!near(t)) starts.add(t);
    for (let t = anchor + DAY; t < end; t += DAY) if (!near(t)) starts.add(t);
  }
  return [...starts].sort((a, b) => a - b);
}

export function groupLabel(bucket, groupBy) {
  switch (groupBy) {
    case 'provider':
      return bucket.provider || '(none)';
    case 'model':
      return bucket.model || '(none)';
    case 'key':
      return bucket.key_prefix || bucket.key_id || '(no API key)';
    case 'user':
      return bucket.user || '(none)';
    default:
      return 'All';
  }
}

/**
 * One value per x for each group, largest groups first, the tail folded into "other". With
 * `order` (labels of another chart's series) the groups keep that order, so that a group has
 * the same colour on every chart.
 */
export function seriesByGroup(x, buckets, groupBy, value, order = null) {
  const index = new Map(x.map((t, i) => [t, i]));
  const groups = new Map();
  for (const b of buckets) {
    const label = groupLabel(b, groupBy);
    if (!groups.has(label)) groups.set(label, { label, values: new Array(x.length).fill(0), total: 0 });
    const g = groups.get(label);
    const i = index.get(Date.parse(b.start) / 1000);
    const v = value(b.totals || {});
    if (i !== undefined) g.values[i] += v;
    g.total += v;
  }
  const rank = (g) => {
    const i = order ? order.indexOf(g.label) : -1;
    return i < 0 ? Infinity : i;
  };
  const sorted = [...groups.values()].sort(
    (a, b) => rank(a) - rank(b) || b.total - a.total || a.label.localeCompare(b.label),
  );
  if (sorted.length <= MAX_GROUPS) return sorted;
  const head = sorted.slice(0, MAX_GROUPS - 1);
  // The folded groups stay listed (`members`), so the chart's text summary still names each one.
  const other = { label: 'other', values: new Array(x.length).fill(0), total: 0, members: sorted.slice(MAX_GROUPS - 1) };
  for (const g of sorted.slice(MAX_GROUPS - 1)) {
    g.values.forEach((v, i) => (other.values[i] += v));
    other.total += g.total;
  }
  return [...head, other];
}

/** Per-bucket series of the ungrouped report: tokens, latency and error rate. */
export function overallSeries(x, buckets, totals) {
  const at = new Map(buckets.map((b) => [Date.parse(b.start) / 1000, b.totals || {}]));
  const pick = (f, empty = 0) => x.map((t) => (at.has(t) ? f(at.get(t)) : empty));
  const t = totals || {};
  const requests = num(t.requests);
  return {
    tokens: [
      { label: 'Prompt', values: pick((b) => num(b.prompt_tokens)), total: num(t.prompt_tokens) },
      { label: 'Completion', values: pick((b) => num(b.completion_tokens)), total: num(t.completion_tokens) },
    ],
    // An hour without requests has no latency: a gap, not a 0 ms dip.
    latency: [
      { label: 'Mean', values: pick((b) => (num(b.requests) ? num(b.latency_mean_ms) : null), null), total: num(t.latency_mean_ms) },
      { label: 'p95', values: pick((b) => (num(b.requests) ? num(b.latency_p95_ms) : null), null), total: num(t.latency_p95_ms) },
    ],
    errorRate: [
      {
        label: 'Errors',
        values: pick((b) => (num(b.requests) ? (100 * num(b.errors)) / num(b.requests) : null), null),
        total: requests ? (100 * num(t.errors)) / requests : null,
      },
    ],
  };
}

/** Rows of the top models table, most requests first. */
export function topModels(buckets, limit = 10) {
  const rows = new Map();
  for (const b of buckets) {
    const model = b.model || '(none)';
    if (!rows.has(model)) {
      rows.set(model, { model, requests: 0, errors: 0, prompt: 0, completion: 0, costNanos: 0, latencySum: 0, unpriced: 0 });
    }
    const r = rows.get(model);
    const t = b.totals || {};
    r.requests += num(t.requests);
    r.errors += num(t.errors);
    r.prompt += num(t.prompt_tokens);
    r.completion += num(t.completion_tokens);
    r.costNanos += num(t.cost_nanos);
    r.unpriced += num(t.unpriced_requests);
    // The mean is per bucket; weighting by requests gives the period's mean.
    r.latencySum += num(t.latency_mean_ms) * num(t.requests);
  }
  return [...rows.values()]
    .map((r) => ({ ...r, latencyMean: r.requests ? Math.round(r.latencySum / r.requests) : 0 }))
    .sort((a, b) => b.requests - a.requests || b.costNanos - a.costNanos)
    .slice(0, limit);
}

/** The three reports a page view needs, fetched together. */
export async function loadUsage(me, period, groupBy, now) {
  const path = usagePath(me);
  const [overall, grouped, models] = await Promise.all([
    api('GET', `${path}?${usageQuery(period, '', now)}`),
    api('GET', `${path}?${usageQuery(period, groupBy, now)}`),
    groupBy === 'model' ? null : api('GET', `${path}?${usageQuery(period, 'model', now)}`),
  ]);
  return { overall, grouped, models: models || grouped, now };
}

/**
 * The grouped report as CSV, downloaded as a file. Fetched (with the session cookie, never a key
 * in the URL) rather than linked, because a link cannot send Accept: text/csv.
 */
export async function downloadCsv(me, period, groupBy) {
  const res = await fetch(`${usagePath(me)}?${usageQuery(period, groupBy)}`, {
    headers: { accept: 'text/csv' },
    credentials: 'same-origin',
  });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = await res.json();
      message = body?.error?.message || body?.message || message;
    } catch {
      // not JSON: keep the status line
    }
    throw Object.assign(new Error(message), { status: res.status });
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `usage-${period}-by-${groupBy}-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, not before the download starts.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
