/**
 * The first-view snapshot file: each widget's answer to its opening query, saved by
 * `dashboard.takeSnapshot()` (or `npm run snapshot`), so a page can paint before DuckDB has
 * started. JSON, one version; every answer is keyed by its source and the plan the widget sends
 * (plan/plan.ts: data, not SQL), so a widget only ever takes the answer to the question it asks.
 */

import type { PlainValue, QueryPlan, QueryResult, TableSchema, plainResult } from '@pantau/core';

/** core's plainResult, passed in: this chunk then imports nothing from the page's first one. */
export type PlainResult = typeof plainResult;

export const SNAPSHOT_FORMAT = 'pantau-snapshot';
/** 2: answers keyed by plan (1 keyed them by SQL text, which the coordinator now writes). */
export const SNAPSHOT_VERSION = 2;

/** One widget's opening answer. `columns` hold encoded values (see encodeValue). */
export interface SnapshotAnswer {
  source: string;
  plan: QueryPlan;
  names: string[];
  types: Record<string, string>;
  columns: Record<string, unknown[]>;
}

export interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** ISO time the answers were computed: shown beside a snapshot's figures. */
  takenAt: string;
  /** Each source's table schema then (widgets build their plans from it). */
  sources: Record<string, TableSchema>;
  answers: SnapshotAnswer[];
}

// JSON has no dates, bigints, NaN or infinities: those (and objects, so no value is mistaken for one) are
// tagged. Everything else is itself.
function encodeValue(value: PlainValue): unknown {
  if (value instanceof Date) return { $date: value.getTime() };
  if (typeof value === 'bigint') return { $bigint: String(value) };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value !== null && typeof value === 'object') {
    return {
      $object: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeValue(v)])),
    };
  }
  return value;
}

function decodeValue(value: unknown): PlainValue {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value !== null && typeof value === 'object') {
    const tagged = value as {
      $date?: unknown;
      $bigint?: unknown;
      $number?: unknown;
      $object?: unknown;
    };
    if (typeof tagged.$date === 'number') return new Date(tagged.$date);
    if (typeof tagged.$bigint === 'string' && /^-?\d+$/.test(tagged.$bigint)) {
      return BigInt(tagged.$bigint);
    }
    if (typeof tagged.$number === 'string') return Number(tagged.$number);
    if (tagged.$object !== null && typeof tagged.$object === 'object') {
      return Object.fromEntries(
        Object.entries(tagged.$object).map(([k, v]) => [k, decodeValue(v)]),
      ) as PlainValue;
    }
    throw new TypeError('an object value without a known tag');
  }
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    return value as PlainValue;
  }
  throw new TypeError(`a value of type ${typeof value}`);
}

export function encodeAnswer(source: string, plan: QueryPlan, result: QueryResult): SnapshotAnswer {
  const columns: Record<string, unknown[]> = {};
  for (const name of result.names) columns[name] = (result.columns[name] ?? []).map(encodeValue);
  return {
    source,
    // The engine's name for the table is the page's business: the source names it.
    plan: JSON.parse(JSON.stringify({ ...plan, table: '' })) as QueryPlan,
    names: [...result.names],
    types: { ...result.types },
    columns,
  };
}

/** A saved answer as the QueryResult a live query would have given. */
export function decodeAnswer(answer: SnapshotAnswer, toResult: PlainResult): QueryResult {
  const columns: Record<string, PlainValue[]> = {};
  let numRows = -1;
  for (const name of answer.names) {
    const values = answer.columns[name];
    if (!Array.isArray(values)) throw new TypeError(`column ${name} is missing`);
    if (numRows !== -1 && values.length !== numRows)
      throw new TypeError('columns differ in length');
    numRows = values.length;
    columns[name] = values.map(decodeValue);
  }
  return toResult(answer.names, answer.types, columns, Math.max(0, numRows));
}

/** True when two answers hold the same columns and values (dates by instant). */
export function sameAnswer(a: QueryResult, b: QueryResult): boolean {
  if (a.numRows !== b.numRows || a.names.join('\u0000') !== b.names.join('\u0000')) return false;
  return a.names.every(
    (name) =>
      JSON.stringify((a.columns[name] ?? []).map(encodeValue)) ===
      JSON.stringify((b.columns[name] ?? []).map(encodeValue)),
  );
}

/** Checks a parsed file's shape; throws a TypeError saying what is wrong. */
export function checkSnapshotFile(data: unknown): SnapshotFile {
  const file = data as Partial<SnapshotFile> | null;
  if (file === null || typeof file !== 'object' || file.format !== SNAPSHOT_FORMAT) {
    throw new TypeError(`not a ${SNAPSHOT_FORMAT} file`);
  }
  if (file.version !== SNAPSHOT_VERSION) {
    throw new TypeError(`version ${String(file.version)}, this Pantau reads ${SNAPSHOT_VERSION}`);
  }
  if (typeof file.takenAt !== 'string' || Number.isNaN(Date.parse(file.takenAt))) {
    throw new TypeError('takenAt is not a date');
  }
  if (file.sources === null || typeof file.sources !== 'object') {
    throw new TypeError('sources is missing');
  }
  for (const [name, schema] of Object.entries(file.sources)) {
    const columns = (schema as Partial<TableSchema> | null)?.columns;
    if (
      !Array.isArray(columns) ||
      !columns.every((c) => typeof c?.name === 'string' && typeof c?.type === 'string')
    ) {
      throw new TypeError(`the schema of ${name} is malformed`);
    }
  }
  if (!Array.isArray(file.answers)) throw new TypeError('answers is missing');
  for (const answer of file.answers) {
    if (
      typeof answer?.source !== 'string' ||
      answer.plan === null ||
      typeof answer.plan !== 'object' ||
      !Array.isArray(answer.names) ||
      answer.columns === null ||
      typeof answer.columns !== 'object'
    ) {
      throw new TypeError('an answer is malformed');
    }
  }
  return file as SnapshotFile;
}
