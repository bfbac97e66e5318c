/**
 * The sample-size warning beside an IKM figure (issue 15 item 9): a widget whose measure is `ikm`
 * (bare or with the survey's headers) also asks for the respondents behind each figure, and core's
 * `ikmSampleCheck` (Krejcie-Morgan; 384 when the population is unknown [I]) says whether they are
 * enough. A figure from too few is shown, never hidden or silently ranked, with "⚠" and words:
 * colour is never the signal. Loaded with the renderers, not at page load.
 */

import { formatNumber, ikmSampleCheck, measure, type Lang, type QueryPlan } from '@pantau/core';
import { metricNameOf } from './metric-name.ts';

/** The result column holding each group's respondents. */
export const RESPONDENTS = 'ikm_respondents';

export interface SampleNote {
  /** "⚠ n = 50": beside a bar's value, in a table cell. */
  short: string;
  /** "⚠ 50 responden (min. 384): belum dapat diandalkan": a tile's line. */
  line: string;
  /** Core's whole warning, naming the basis of the minimum: summaries and data tables. */
  warning: string;
}

function isIkmMeasure(measureText: string): boolean {
  return metricNameOf(measureText) === 'ikm';
}

/** The plan, with the respondents per group beside an IKM measure; other plans as they are. */
export function withRespondents(plan: QueryPlan, measureText: string): QueryPlan {
  if (!isIkmMeasure(measureText) || plan.measures?.some((m) => m.as === RESPONDENTS)) return plan;
  return { ...plan, measures: [...(plan.measures ?? []), measure('count(*)', RESPONDENTS)] };
}

/** The note for a figure from `respondents`, or null when they are enough (or unknown). */
export function sampleNote(respondents: unknown, lang: Lang): SampleNote | null {
  const n = typeof respondents === 'bigint' ? Number(respondents) : respondents;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return null;
  const check = ikmSampleCheck({ respondents: n });
  if (check.warning === null) return null;
  const count = formatNumber(n, lang);
  return {
    short: `⚠ n = ${count}`,
    line:
      lang === 'id'
        ? `⚠ ${count} responden (min. ${check.required}): belum dapat diandalkan`
        : `⚠ ${count} respondents (min. ${check.required}): not yet reliable`,
    warning: `⚠ ${check.warning[lang]}`,
  };
}

/** One note per result row, from its respondents column; all null for other measures. */
function sampleNotes(
  columns: Readonly<Record<string, readonly unknown[]>>,
  rows: number,
  lang: Lang,
): (SampleNote | null)[] {
  const counts = columns[RESPONDENTS];
  return Array.from({ length: rows }, (_, i) => (counts ? sampleNote(counts[i], lang) : null));
}

/**
 * For a chart's summary: "⚠ Nilai IKM dari responden kurang dari 384 (belum dapat diandalkan):
 * Dinkes (n = 50), Dinsos (n = 80)." or '' when every figure has enough.
 */
function notesSentence(
  labels: readonly string[],
  notes: readonly (SampleNote | null)[],
  lang: Lang,
): string {
  const flagged = labels.flatMap((label, i) => {
    const note = notes[i];
    return note ? [`${label} (${note.short.slice(2)})`] : [];
  });
  if (flagged.length === 0) return '';
  const required = ikmSampleCheck({ respondents: 0 }).required;
  return lang === 'id'
    ? `⚠ Nilai IKM dari responden kurang dari ${required} (belum dapat diandalkan): ${flagged.join(', ')}.`
    : `⚠ IKM values from fewer than ${required} respondents (not yet reliable): ${flagged.join(', ')}.`;
}

interface NotedColumn {
  key: string;
  expression: string;
  aggregate: boolean;
}

/** A table's page with the respondents per row when one of its measures is IKM. */
export function withTableRespondents(plan: QueryPlan, columns: readonly NotedColumn[]): QueryPlan {
  const ikm = columns.find((c) => c.aggregate && isIkmMeasure(c.expression));
  return ikm === undefined ? plan : withRespondents(plan, ikm.expression);
}

/**
 * A table's IKM cells with their note, "88,56 (A) ⚠ n = 50", written once here (the renderer then
 * shows them as text); other columns as they are.
 */
export function noteIkmCells<T extends { key: string; format?: (value: unknown) => string }>(
  planned: readonly NotedColumn[],
  shown: readonly T[],
  data: Readonly<Record<string, readonly unknown[]>>,
  lang: Lang,
): { columns: T[]; data: Record<string, readonly unknown[]> } {
  const counts = data[RESPONDENTS];
  const out: Record<string, readonly unknown[]> = { ...data };
  const columns = shown.map((column, i) => {
    const plannedColumn = planned[i];
    if (counts === undefined || !plannedColumn?.aggregate) return column;
    if (!isIkmMeasure(plannedColumn.expression)) return column;
    out[column.key] = (data[column.key] ?? []).map((value, r) => {
      const note = sampleNote(counts[r], lang);
      const text = column.format?.(value) ?? String(value);
      return note === null ? text : `${text} ${note.short}`;
    });
    return { ...column, format: (value: unknown) => String(value) };
  });
  return { columns, data: out };
}

/** A bar chart's notes, one per bar, and the summary sentence naming the flagged bars. */
export function barNotes(
  columns: Readonly<Record<string, readonly unknown[]>>,
  labels: readonly string[],
  lang: Lang,
): { notes: (string | null)[]; sentence: string } {
  const notes = sampleNotes(columns, labels.length, lang);
  return {
    notes: notes.map((n) => n?.short ?? null),
    sentence: notesSentence(labels, notes, lang),
  };
}
