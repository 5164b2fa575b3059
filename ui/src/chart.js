// A time-series chart: uPlot on a canvas inside a <figure>, sized to its container.
// A canvas says nothing to a screen reader, so the figure also carries a visually hidden table
// of each series' latest value and its total over the period.
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import htm from 'htm';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './chart.css';

const html = htm.bind(h);

// Distinguishable on white and on dark backgrounds, and in the usual colour-vision deficiencies
// (Okabe–Ito order).
export const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7f7f7f'];

const HEIGHT = 220;
const INTEGER_STEPS = [1, 2, 5].flatMap((m) => [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9].map((p) => m * p)).sort((a, b) => a - b);

/**
 * props:
 *   caption  the figure's caption, also its accessible name
 *   x        bucket starts, seconds since the epoch, ascending
 *   series   [{ label, values: number[] (same length as x; null for a gap), total, members? }];
 *            `members` (series folded into this one) are listed in the summary only
 *   bars     draw bars instead of lines (a single series reads better as bars)
 *   format   value → text, for the axis, the legend and the summary
 *   integer  counts: no tick between whole numbers (2 requests, never 1.5)
 */
export default function Chart({ caption, x, series, bars = false, format = String, integer = false }) {
  const box = useRef(null);
  const plot = useRef(null);

  // Rebuilt when the data changes: uPlot's setData cannot add or remove series, and rebuilding
  // a few hundred points costs less than a frame.
  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const axisColor = getComputedStyle(el).color || '#333';
    // A lone value between gaps draws no line: show the points whenever there are gaps or few buckets.
    const dots = x.length < 3 || series.some((s) => s.values.some((v) => v == null));
    const opts = {
      width: Math.max(el.clientWidth, 200),
      height: HEIGHT,
      // Room on the right for the last time label, which uPlot centres on the plot's edge.
      padding: [12, 28, 0, 0],
      cursor: { drag: { x: false, y: false } },
      // From zero; a period with nothing but zeros (an unpriced model's cost) spans 0–1, not uPlot's 0–100.
      scales: {
        x: { time: true },
        y: { range: (u, min, max) => (max > 0 ? uPlot.rangeNum(Math.min(0, min), max, 0.1, true) : [0, 1]) },
      },
      legend: { live: true },
      axes: [
        { stroke: axisColor, grid: { stroke: 'rgba(128,128,128,0.15)' } },
        {
          stroke: axisColor,
          grid: { stroke: 'rgba(128,128,128,0.15)' },
          // Wide enough for the longest tick label ("$0.001500"), about 7 px a character.
          size: (u, values) => (values ? Math.max(40, ...values.map((v) => v.length * 8 + 20)) : 50),
          values: (u, ticks) => ticks.map((t) => format(t)),
          ...(integer ? { incrs: INTEGER_STEPS } : {}),
        },
      ],
      series: [
        {},
        ...series.map((s, i) => ({
          label: s.label,
          stroke: PALETTE[i % PALETTE.length],
          fill: bars ? PALETTE[i % PALETTE.length] + '99' : undefined,
          width: bars ? 1 : 2,
          points: { show: dots, size: 6 },
          paths: bars ? uPlot.paths.bars({ size: [0.6, 40] }) : undefined,
          value: (u, v) => (v == null ? '–' : format(v)),
        })),
      ],
    };
    plot.current = new uPlot(opts, [x, ...series.map((s) => s.values)], el);
    return () => {
      plot.current.destroy();
      plot.current = null;
    };
  }, [x, series, bars, format, integer]);

  // Follows the container's width (window resize, phone rotation, a sidebar folding away).
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const width = Math.max(el.clientWidth, 200);
      if (plot.current && plot.current.width !== width) plot.current.setSize({ width, height: HEIGHT });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const last = x.length - 1;
  const when = last >= 0 ? new Date(x[last] * 1000).toLocaleString() : '';
  return html`
    <figure class="chart">
      <figcaption>${caption}</figcaption>
      <div class="chart-plot" ref=${box} aria-hidden="true"></div>
      <div class="visually-hidden">
      <table>
        <caption>${caption}: latest bucket (${when}) and the whole period</caption>
        <thead><tr><th scope="col">Series</th><th scope="col">Latest</th><th scope="col">Period</th></tr></thead>
        <tbody>
          ${series.flatMap((s) => [s, ...(s.members || []).map((m) => ({ ...m, label: `${m.label} (in ${s.label})` }))]).map(
            (s) => html`<tr key=${s.label}>
              <th scope="row">${s.label}</th>
              <td>${last >= 0 && s.values[last] != null ? format(s.values[last]) : '–'}</td>
              <td>${s.total != null ? format(s.total) : '–'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      </div>
    </figure>
  `;
}
