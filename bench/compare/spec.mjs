// @ts-check
/**
 * The dashboard every contender draws, as one definition: six widgets over the transaction-level
 * `applications` table, the SQL each one stands for (hand-written contenders and native DuckDB
 * run exactly this; Pantau and Mosaic express the same aggregates in their own grammar), and the
 * pointer interactions of the cross-filter scenario. Shared by the pages (through Vite) and Node.
 */

/** @typedef {'total' | 'sla' | 'units' | 'status' | 'months' | 'heat'} WidgetId */

/**
 * What a widget shows. `publishes` names the column its clicks or brush select on; every widget
 * is filtered by the other widgets' selections (never by its own: it keeps showing everything).
 * @type {readonly { id: WidgetId, title: string, shows: string, publishes: string | null }[]}
 */
export const WIDGETS = [
  { id: 'total', title: 'Permohonan', shows: 'KPI: count(*)', publishes: null },
  { id: 'sla', title: 'Rata-rata standar (hari)', shows: 'KPI: avg(sla_days)', publishes: null },
  {
    id: 'units',
    title: 'Permohonan per unit (20 teratas)',
    shows: 'bars: count(*) by unit_code, top 20 by count',
    publishes: 'unit_code',
  },
  {
    id: 'status',
    title: 'Menurut status',
    shows: 'bars: count(*) by status (3)',
    publishes: 'status',
  },
  {
    id: 'months',
    title: 'Permohonan per bulan',
    shows: "line: count(*) by date_trunc('month', submitted_at) (36 months), brushable",
    publishes: 'submitted_at',
  },
  {
    id: 'heat',
    title: 'Kecamatan × bulan',
    shows: 'heatmap: count(*) by kecamatan × month (5 × 36 cells)',
    publishes: null,
  },
];

export const WIDGET_IDS = /** @type {WidgetId[]} */ (WIDGETS.map((w) => w.id));

/**
 * The selections a dashboard can hold: units clicked, a status clicked, a month range brushed
 * (ISO timestamps, start inclusive, end exclusive).
 * @typedef {{ units?: string[], status?: string[], range?: [string, string] }} FilterState
 */

/**
 * The WHERE clause and its bound values for one widget: every selection except the widget's own.
 * @param {FilterState} state
 * @param {string | null} own column the widget publishes on (left out)
 */
export function whereFor(state, own) {
  /** @type {string[]} */
  const parts = [];
  /** @type {(string | number)[]} */
  const params = [];
  if (own !== 'unit_code' && state.units?.length) {
    parts.push(`unit_code IN (${state.units.map(() => '?').join(', ')})`);
    params.push(...state.units);
  }
  if (own !== 'status' && state.status?.length) {
    parts.push(`status IN (${state.status.map(() => '?').join(', ')})`);
    params.push(...state.status);
  }
  if (own !== 'submitted_at' && state.range) {
    parts.push('submitted_at >= ?::TIMESTAMP AND submitted_at < ?::TIMESTAMP');
    params.push(state.range[0], state.range[1]);
  }
  return { where: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * The six widgets' queries under a filter state, with bound values (`?`). Counts are cast to
 * DOUBLE so every engine answers plain numbers.
 * @param {FilterState} state
 * @param {string} table
 * @returns {{ id: WidgetId, sql: string, params: (string | number)[] }[]}
 */
export function widgetQueries(state = {}, table = 'applications') {
  const q = (/** @type {WidgetId} */ id, /** @type {(w: string) => string} */ body) => {
    const own = WIDGETS.find((w) => w.id === id)?.publishes ?? null;
    const { where, params } = whereFor(state, own);
    return { id, sql: body(where), params };
  };
  return [
    q('total', (w) => `SELECT count(*)::DOUBLE AS v FROM ${table}${w}`),
    q('sla', (w) => `SELECT avg(sla_days)::DOUBLE AS v FROM ${table}${w}`),
    q(
      'units',
      (w) =>
        `SELECT unit_code AS k, count(*)::DOUBLE AS v FROM ${table}${w} GROUP BY 1 ORDER BY v DESC, k LIMIT 20`,
    ),
    q(
      'status',
      (w) => `SELECT status AS k, count(*)::DOUBLE AS v FROM ${table}${w} GROUP BY 1 ORDER BY 1`,
    ),
    q(
      'months',
      (w) =>
        `SELECT date_trunc('month', submitted_at) AS k, count(*)::DOUBLE AS v FROM ${table}${w} GROUP BY 1 ORDER BY 1`,
    ),
    q(
      'heat',
      (w) =>
        `SELECT date_trunc('month', submitted_at) AS m, kecamatan AS k, count(*)::DOUBLE AS v FROM ${table}${w} GROUP BY 1, 2 ORDER BY 1, 2`,
    ),
  ];
}

/** Columns the dashboard reads (a reader that can skip columns reads only these). */
export const USED_COLUMNS = ['unit_code', 'status', 'kecamatan', 'submitted_at', 'sla_days'];

/**
 * The cross-filter scenario's gestures, the same list for every contender: clicks on a unit bar
 * (by rank among the bars drawn), on a status bar, and brushes over the month line (fractions of
 * the line's drawn width). Deterministic; `count` measured gestures.
 * @param {number} count
 * @returns {({ kind: 'unit' | 'status', index: number } | { kind: 'brush', from: number, to: number })[]}
 */
export function interactionPlan(count) {
  /** @type {ReturnType<typeof interactionPlan>} */
  const plan = [];
  for (let i = 0; i < count; i++) {
    const k = i % 3;
    if (k === 0) plan.push({ kind: 'unit', index: (i * 7) % 10 });
    else if (k === 1) plan.push({ kind: 'status', index: i % 2 });
    else {
      const from = 0.05 + ((i * 0.13) % 0.5);
      plan.push({ kind: 'brush', from, to: Math.min(0.95, from + 0.2 + ((i * 0.07) % 0.25)) });
    }
  }
  return plan;
}

/**
 * Filter states equivalent to the plan's kinds of gesture, for native DuckDB (which draws
 * nothing): a unit, a status, a month range, and all three together.
 * @type {FilterState[]}
 */
export const NATIVE_STATES = [
  { units: ['disdukcapil'] },
  { status: ['ditolak'] },
  { range: ['2023-03-01 00:00:00', '2023-09-01 00:00:00'] },
  {
    units: ['disdukcapil'],
    status: ['selesai'],
    range: ['2023-03-01 00:00:00', '2023-09-01 00:00:00'],
  },
];
