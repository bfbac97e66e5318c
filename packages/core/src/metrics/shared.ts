/**
 * Helpers every metric family shares: reading numbers the way DuckDB's TRY_CAST does, the
 * BAD_DATA error, and rounding as the regulations' tables are written.
 */

import { sayBoth, CORE_START_WORDS } from '@pantau/messages';
import { PantauError, type BilingualText } from '../errors/pantau-error.ts';
import type { Band } from './presentation.ts';

export type MetricRow = Readonly<Record<string, unknown>>;

/**
 * A cell as a number, or `null` when it is empty, or `undefined` when it is not a number at all.
 * Strings are accepted when they are plain decimal numbers, as `TRY_CAST(x AS DOUBLE)` accepts
 * them, so the reference and the SQL read the same cells the same way.
 */
export function readNumber(value: unknown): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return null;
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
    return Number(text);
  }
  return undefined;
}

/**
 * Rounds half away from zero to `digits` decimals on the decimal value a person reads:
 * 64.995 is stored as 64.99499999... in binary, but the regulation's reader sees 64.995 and
 * rounds it to 65.00. `toPrecision(12)` recovers that decimal before rounding.
 */
export function roundHalfUp(value: number, digits = 2): number {
  const scale = 10 ** digits;
  const scaled = Number((Math.abs(value) * scale).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / scale;
}

export type { Band } from './presentation.ts';

/**
 * The band holding `value` once rounded to `digits` decimals, or `null` for a missing value.
 * Bands written to 2 decimals (64.99 / 65.00) leave no gap after rounding to 2 decimals.
 */
export function bandOf<B extends Band>(
  bands: readonly B[],
  value: number | null | undefined,
  what: BilingualText,
  digits = 2,
): B | null {
  if (value === null || value === undefined) return null;
  const rounded = Number.isFinite(value) ? roundHalfUp(value, digits) : Number.NaN;
  const band = bands.find((b) => rounded >= b.min && rounded <= b.max);
  if (band === undefined) {
    const lowest = Math.min(...bands.map((b) => b.min));
    const highest = Math.max(...bands.map((b) => b.max));
    throw badData(sayBoth(CORE_START_WORDS, 'outsideRange', what, String(value), lowest, highest), {
      value,
      min: lowest,
      max: highest,
    });
  }
  return band;
}

export function badData(text: BilingualText, details: Record<string, unknown> = {}): PantauError {
  return new PantauError({ code: 'BAD_DATA', text, details });
}

/** Counts per column of cells that failed a check, for one clear error naming them all. */
export class BadCells {
  private readonly counts = new Map<string, { rows: number; examples: unknown[] }>();

  add(column: string, value: unknown): void {
    const entry = this.counts.get(column) ?? { rows: 0, examples: [] };
    entry.rows += 1;
    if (entry.examples.length < 3) entry.examples.push(value);
    this.counts.set(column, entry);
  }

  get size(): number {
    return this.counts.size;
  }

  /** `{ u3: 2, u8: 1 }`: rows affected per column. */
  toRecord(): Record<string, number> {
    return Object.fromEntries([...this.counts].map(([column, e]) => [column, e.rows]));
  }

  describe(): BilingualText {
    const parts = [...this.counts].map(([column, e]) =>
      sayBoth(
        CORE_START_WORDS,
        'columnRowsExamples',
        column,
        e.rows,
        e.examples.map(show).join(', '),
      ),
    );
    return { id: parts.map((p) => p.id).join('; '), en: parts.map((p) => p.en).join('; ') };
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'kosong/empty';
  return JSON.stringify(value) ?? String(value);
}
