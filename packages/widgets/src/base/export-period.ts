/**
 * The period an exported image covers, written under its title ("Jan 2024 – Jun 2024"): an image
 * sent alone must say when its figures are from. Read from the dates the chart drew, else from
 * a date range the dashboard's filter sets; null when neither says.
 */

import {
  formatDate,
  isTemporalType,
  type FilterClause,
  type Lang,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';

export function periodOf(
  result: QueryResult,
  filter: readonly FilterClause[],
  schema: TableSchema | null,
  lang: Lang,
): string | null {
  const drawn = result.names.flatMap((name) =>
    (result.columns[name] ?? []).filter((v): v is Date => v instanceof Date),
  );
  if (drawn.length > 0) return span(drawn, lang);
  const temporal = new Set(
    schema?.columns.filter((c) => isTemporalType(c.type)).map((c) => c.name) ?? [],
  );
  const bounds = filter
    .filter((c) => temporal.has(c.column))
    .flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value]))
    .filter((v): v is Date => v instanceof Date);
  return bounds.length > 0 ? span(bounds, lang) : null;
}

/** First to last date, at the coarsest step they all sit on (years, months, days). */
function span(dates: readonly Date[], lang: Lang): string {
  const times = dates.map((d) => d.getTime()).filter(Number.isFinite);
  const first = new Date(Math.min(...times));
  const last = new Date(Math.max(...times));
  const monthly = dates.every((d) => d.getUTCDate() === 1 && d.getUTCHours() === 0);
  const yearly = monthly && dates.every((d) => d.getUTCMonth() === 0);
  const text = (d: Date) =>
    yearly ? String(d.getUTCFullYear()) : formatDate(d, lang, monthly ? 'month' : 'short');
  const [from, to] = [text(first), text(last)];
  return from === to ? from : `${from} – ${to}`;
}
