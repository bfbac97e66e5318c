// @ts-check
/**
 * "Reproducible within noise on a second run" (issue 7), shown: the headline figures of a second,
 * separate `npm run bench` beside the first's, per contender and size, with their ratio. Only
 * contenders and sizes both runs measured are compared.
 */
import { BROWSER_CONTENDERS } from './browser.mjs';
import { median, quantile } from './stats.mjs';

/** Within this ratio (either way) a figure counts as reproduced; the 2-core machine is shared. */
const NOISE = 1.25;

/** @type {{ label: string, kind: string, value: (runs: any[]) => number }[]} */
const FIGURES = [
  {
    label: 'S1 cold, median ms',
    kind: 'load',
    value: (runs) => median(runs.map((r) => r.data.cold.firstChart)),
  },
  {
    label: 'S2 aggregate + draw, median ms',
    kind: 'load',
    value: (runs) => median(runs.map((r) => r.data.cold.allDrawn - r.data.cold.loaded)),
  },
  {
    label: 'S3 p50 ms',
    kind: 'interact',
    value: (runs) =>
      quantile(
        runs.flatMap((r) => r.data.latencies).filter((x) => typeof x === 'number'),
        0.5,
      ),
  },
  {
    label: 'S3 p95 ms',
    kind: 'interact',
    value: (runs) =>
      quantile(
        runs.flatMap((r) => r.data.latencies).filter((x) => typeof x === 'number'),
        0.95,
      ),
  },
];

/**
 * @param {any} first the report RESULTS.md is made from
 * @param {any} second another run's report (or several merged)
 * @param {string[]} secondPaths its results files, relative to bench/
 * @returns {string[]} markdown lines
 */
export function secondRunSection(first, second, secondPaths) {
  const lines = ['## A second run', ''];
  lines.push(
    `The same figures from a separate run (${secondPaths.map((p) => `[\`${p}\`](${p})`).join(', ')}; \`${second.command}\`, ${second.date}, load average ${second.machine.load.map((/** @type {any} */ l) => l.load1.toFixed(1)).join(', ')}), beside this page's. Ratio = second / first; within ${NOISE}x either way counts as reproduced on this shared machine.`,
    '',
  );
  lines.push('| contender | rows | figure | first | second | ratio |');
  lines.push('| --- | ---: | --- | ---: | ---: | ---: |');
  let within = 0;
  let total = 0;
  /** @type {string[]} */
  const outside = [];
  const label = (/** @type {string} */ c) =>
    /** @type {Record<string, { label: string }>} */ (BROWSER_CONTENDERS)[c]?.label ?? c;
  const runsOf = (
    /** @type {any} */ report,
    /** @type {string} */ c,
    /** @type {number} */ n,
    /** @type {string} */ kind,
  ) =>
    report.runs.filter(
      (/** @type {any} */ r) => r.ok && r.contender === c && r.size === n && r.kind === kind,
    );
  for (const c of Object.keys(BROWSER_CONTENDERS)) {
    for (const n of first.settings.sizes) {
      for (const f of FIGURES) {
        const a = runsOf(first, c, n, f.kind);
        const b = runsOf(second, c, n, f.kind);
        if (a.length === 0 || b.length === 0) continue;
        const x = f.value(a);
        const y = f.value(b);
        if (!Number.isFinite(x) || !Number.isFinite(y) || x <= 0) continue;
        const r = y / x;
        total++;
        if (r <= NOISE && r >= 1 / NOISE) within++;
        else
          outside.push(`${label(c)}, ${n.toLocaleString('en')} rows, ${f.label}: ${r.toFixed(2)}`);
        lines.push(
          `| ${label(c)} | ${n.toLocaleString('en')} | ${f.label} | ${x.toFixed(0)} | ${y.toFixed(0)} | ${r.toFixed(2)} |`,
        );
      }
    }
  }
  lines.push('');
  lines.push(
    total === 0
      ? 'The two runs share no contender and size.'
      : `${within} of ${total} figures within ${NOISE}x.${outside.length > 0 ? ` Outside: ${outside.join('; ')}.` : ''}`,
  );
  lines.push('');
  return lines;
}
