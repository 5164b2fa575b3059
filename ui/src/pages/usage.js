// Usage: requests, tokens, cost, latency and error rate over a period, by provider, model, key or
// user; the top models; CSV export. A member sees their own usage, every other role everyone's.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import Chart from '../chart.js';
import './common/pages.css';
import { html, Loading, ErrorAlert, TableScroll, fmtInt, fmtUsd, num } from './common/parts.js';
import {
  GROUPS,
  PERIODS,
  downloadCsv,
  loadUsage,
  overallSeries,
  seriesByGroup,
  timeAxis,
  topModels,
} from './usage/data.js';

// Module-level so the charts are not rebuilt on every render (Chart depends on `format`).
const fmtMs = (v) => `${fmtInt(v)} ms`;
const fmtPct = (v) => `${Number(v).toFixed(Number(v) >= 10 || Number(v) === 0 ? 0 : 1)}%`;
const fmtCount = (v) => fmtInt(v);

export default function Usage({ me }) {
  const [period, setPeriod] = useState('24h');
  const [groupBy, setGroupBy] = useState('model');
  const [data, setData] = useState(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState(null);
  const [exporting, setExporting] = useState(false);
  // Only the latest request's answer is shown when the period changes quickly.
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const res = await loadUsage(me, period, groupBy, Date.now());
      if (mine === generation.current) setData(res);
    } catch (e) {
      if (mine === generation.current) setError(e);
    }
    if (mine === generation.current) setLoading(false);
  }, [me, period, groupBy]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  const exportCsv = async () => {
    setExporting(true);
    setError(null);
    try {
      await downloadCsv(me, period, groupBy);
    } catch (e) {
      setError(e);
    }
    setExporting(false);
  };

  const view = useMemo(() => (data ? buildView(data, period, groupBy) : null), [data, period, groupBy]);
  const mine = me?.role === 'member';

  return html`
    <section class="page usage-page">
      <h1>Usage</h1>
      <p class="page-intro">${mine ? 'Your own usage: every key and token of yours.' : 'Everyone’s usage.'}</p>
      <form class="row usage-controls" onSubmit=${(e) => { e.preventDefault(); refresh(); }}>
        <div class="field">
          <label for="usage-period">Period</label>
          <select id="usage-period" value=${period} onChange=${(e) => setPeriod(e.currentTarget.value)}>
            ${PERIODS.map((p) => html`<option value=${p.value}>${p.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="usage-group">Group by</label>
          <select id="usage-group" value=${groupBy} onChange=${(e) => setGroupBy(e.currentTarget.value)}>
            ${GROUPS.map((g) => html`<option value=${g.value}>${g.label}</option>`)}
          </select>
        </div>
        <div class="row-buttons">
          <button type="submit">Refresh</button>
          <button type="button" onClick=${exportCsv} disabled=${exporting}>Export CSV</button>
        </div>
      </form>
      <p class="hint">${PERIODS.find((p) => p.value === period)?.granularity === 'day'
        ? 'One point a day (days in the gateway’s time zone).'
        : 'One point an hour (UTC hours).'}</p>
      ${loading && html`<${Loading} />`}
      <${ErrorAlert} error=${error} />
      ${view && html`<${UsageView} view=${view} />`}
    </section>
  `;
}

function buildView(data, period, groupBy) {
  const overallBuckets = data.overall.buckets || [];
  const groupedBuckets = data.grouped.buckets || [];
  const x = timeAxis(period, data.now, [...overallBuckets, ...groupedBuckets]);
  const totals = data.overall.totals || {};
  const requests = seriesByGroup(x, groupedBuckets, groupBy, (t) => num(t.requests));
  const order = requests.map((s) => s.label);
  return {
    x,
    totals,
    empty: num(totals.requests) === 0,
    requests,
    cost: seriesByGroup(x, groupedBuckets, groupBy, (t) => num(t.cost_nanos) / 1e9, order),
    ...overallSeries(x, overallBuckets, totals),
    models: topModels(data.models.buckets || []),
  };
}

function UsageView({ view }) {
  if (view.empty) {
    return html`<p class="empty">No traffic in this period. Requests through the gateway show up here within a second.</p>`;
  }
  const t = view.totals;
  const errorRate = num(t.requests) ? (100 * num(t.errors)) / num(t.requests) : 0;
  return html`
    <dl class="totals" aria-label="Totals">
      <div><dt>Requests</dt><dd>${fmtInt(t.requests)}</dd></div>
      <div><dt>Tokens</dt><dd>${fmtInt(num(t.prompt_tokens) + num(t.completion_tokens))}</dd></div>
      <div><dt>Cost</dt><dd>${fmtUsd(t.cost_usd)}${num(t.unpriced_requests)
        ? html`<small> + ${fmtInt(t.unpriced_requests)} unpriced</small>`
        : ''}</dd></div>
      <div><dt>Error rate</dt><dd>${fmtPct(errorRate)}</dd></div>
      <div><dt>Latency p95</dt><dd>${fmtMs(t.latency_p95_ms)}</dd></div>
    </dl>
    <div class="charts">
      <${Chart} caption="Requests" x=${view.x} series=${view.requests} bars=${view.requests.length === 1}
        format=${fmtCount} integer />
      <${Chart} caption="Tokens" x=${view.x} series=${view.tokens} format=${fmtCount} integer />
      <${Chart} caption="Cost (USD)" x=${view.x} series=${view.cost} format=${fmtUsd} />
      <${Chart} caption="Latency (ms)" x=${view.x} series=${view.latency} format=${fmtMs} />
      <${Chart} caption="Error rate" x=${view.x} series=${view.errorRate} format=${fmtPct} />
    </div>
    <h2 id="top-models">Top models</h2>
    <${TableScroll} label="Top models">
      <table class="data-table" aria-labelledby="top-models">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" class="num">Requests</th>
            <th scope="col" class="num">Prompt tokens</th>
            <th scope="col" class="num">Completion tokens</th>
            <th scope="col" class="num">Cost</th>
            <th scope="col" class="num">Errors</th>
            <th scope="col" class="num">Mean latency</th>
          </tr>
        </thead>
        <tbody>
          ${view.models.map(
            (m) => html`<tr key=${m.model}>
              <th scope="row">${m.model}</th>
              <td class="num">${fmtInt(m.requests)}</td>
              <td class="num">${fmtInt(m.prompt)}</td>
              <td class="num">${fmtInt(m.completion)}</td>
              <td class="num">${m.unpriced === m.requests ? 'no price' : fmtUsd(m.costNanos / 1e9)}</td>
              <td class="num">${fmtInt(m.errors)}</td>
              <td class="num">${fmtMs(m.latencyMean)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    <//>
  `;
}
