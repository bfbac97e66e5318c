/**
 * Issue 18's property test: every chart kind's `data` against sums computed outside DuckDB (in JS,
 * with BigInt), over generated data with nulls, "not reported" markers, negatives, integers beyond
 * 2^53 and decimals, loaded as CSV through `<pantau-source>` into the real duckdb-wasm. A figure
 * that says `ready` must be the data's own, to the last digit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement } from '../src/index.ts';
import { mount, unmountAll } from './support/mount.ts';

const UNITS = ['dinkes', 'disdik', 'dukcapil', 'dpmptsp', 'dishub'];
const ASPECTS = ['persyaratan', 'prosedur', 'waktu', 'biaya'];
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];

interface Row {
  unit: string;
  aspect: string;
  month: string;
  small: bigint | null;
  big: bigint | null;
  cents: bigint | null; // the decimal column, in hundredths
}

/** mulberry32: the same data on every run, so a failure can be looked at again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(rows: number, seed: number): Row[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  const maybe = (value: bigint) => (r() < 0.12 ? null : value);
  const signed = (n: bigint) => (r() < 0.4 ? -n : n);
  return Array.from({ length: rows }, () => ({
    unit: pick(UNITS),
    aspect: pick(ASPECTS),
    month: `${pick(MONTHS)}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
    small: maybe(signed(BigInt(Math.floor(r() * 1000)))),
    // Beyond 2^53 (9007199254740992) about half the time, within BIGINT: sums stay in HUGEINT.
    big: maybe(
      signed(r() < 0.5 ? 2n ** 53n + BigInt(Math.floor(r() * 1e9)) : BigInt(Math.floor(r() * 1e6))),
    ),
    cents: maybe(signed(BigInt(Math.floor(r() * 100_000)))),
  }));
}

function centsText(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

function toCsv(rows: readonly Row[]): string {
  // Nulls as an empty cell, "-" and "belum input", as officials' spreadsheets write them.
  const missing = ['', '-', 'belum input'];
  let n = 0;
  const cell = (v: string | null) => (v === null ? (missing[n++ % 3] as string) : v);
  const lines = rows.map((row) =>
    [
      row.unit,
      row.aspect,
      row.month,
      cell(row.small === null ? null : String(row.small)),
      cell(row.big === null ? null : String(row.big)),
      cell(row.cents === null ? null : centsText(row.cents)),
    ].join(','),
  );
  return `unit,aspect,month,small,big,amount\n${lines.join('\n')}\n`;
}

type Measure = 'small' | 'big' | 'amount';
type Key = (row: Row) => string;

/** The exact sum per key, as text (integers, or decimals with two places); null when all null. */
function exactSums(rows: readonly Row[], measure: Measure, key: Key): Map<string, string | null> {
  const sums = new Map<string, bigint | null>();
  for (const row of rows) {
    const k = key(row);
    const value = measure === 'small' ? row.small : measure === 'big' ? row.big : row.cents;
    const before = sums.has(k) ? sums.get(k)! : null;
    sums.set(k, value === null ? before : (before ?? 0n) + value);
  }
  return new Map(
    [...sums].map(([k, v]) => [
      k,
      v === null ? null : measure === 'amount' ? centsText(v) : String(v),
    ]),
  );
}

/** A drawn value as exact text: a bigint or a decimal string as is, a number by its digits. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'number') {
    // Whole numbers beyond 2^53 print as such (a rounded one then differs from the exact sum).
    return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  }
  return String(value);
}

/** The same text for an exact decimal whatever its trailing zeros ("-12.50" and "-12.5"). */
function canonical(text: string | null, measure: Measure): string | null {
  if (text === null || measure !== 'amount') return text;
  const [whole = '0', fraction = ''] = text.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const sign = whole.startsWith('-') && /[1-9]/.test(whole + trimmed) ? '-' : '';
  const digits = whole.replace('-', '').replace(/^0+(?=\d)/, '');
  return `${sign}${digits}${trimmed ? `.${trimmed}` : ''}`;
}

const month = (row: Row) => row.month.slice(0, 7);
const monthOf = (value: unknown) => {
  const date = value instanceof Date ? value : new Date(String(value));
  return date.toISOString().slice(0, 7);
};

interface ChartCase {
  kind: string;
  markup: (measure: Measure) => string;
  /** The key each data row stands for, from the row (data) and from the generated row. */
  dataKey: (row: Record<string, unknown>) => string;
  rowKey: Key;
}

const sum = (m: Measure) => `sum(${m})`;
const CASES: ChartCase[] = [
  {
    kind: 'bar',
    markup: (m) =>
      `<pantau-bar-chart source="acak" x="unit" y="${sum(m)}" title="Batang"></pantau-bar-chart>`,
    dataKey: (row) => String(row['unit']),
    rowKey: (row) => row.unit,
  },
  {
    kind: 'line',
    markup: (m) =>
      `<pantau-line-chart source="acak" x="month" y="${sum(m)}" interval="month" title="Garis"></pantau-line-chart>`,
    dataKey: (row) => monthOf(row['month']),
    rowKey: month,
  },
  {
    kind: 'heatmap',
    markup: (m) =>
      `<pantau-heatmap source="acak" x="month" y="unit" value="${sum(m)}" interval="month" title="Peta"></pantau-heatmap>`,
    dataKey: (row) => `${monthOf(row['month'])}|${String(row['unit'])}`,
    rowKey: (row) => `${month(row)}|${row.unit}`,
  },
  {
    kind: 'donut',
    markup: (m) =>
      `<pantau-donut source="acak" category="aspect" value="${sum(m)}" title="Donat"></pantau-donut>`,
    dataKey: (row) => String(row['aspect']),
    rowKey: (row) => row.aspect,
  },
  {
    kind: 'gauge',
    markup: (m) =>
      `<pantau-gauge source="acak" value="${sum(m)}" bands="N -1000000000000000000000..0 Negatif; P 0..1000000000000000000000 Positif" title="Jarum"></pantau-gauge>`,
    dataKey: () => 'all',
    rowKey: () => 'all',
  },
  {
    kind: 'radar',
    markup: (m) =>
      `<pantau-radar source="acak" axis="aspect" value="${sum(m)}" title="Radar"></pantau-radar>`,
    dataKey: (row) => String(row['aspect']),
    rowKey: (row) => row.aspect,
  },
  {
    kind: 'kpi',
    markup: (m) => `<pantau-kpi source="acak" value="${sum(m)}" title="Angka"></pantau-kpi>`,
    dataKey: () => 'all',
    rowKey: () => 'all',
  },
  {
    kind: 'table',
    markup: (m) =>
      `<pantau-table source="acak" columns="unit, ${sum(m)}" title="Tabel"></pantau-table>`,
    dataKey: (row) => String(row['unit']),
    rowKey: (row) => row.unit,
  },
];

/** The measure's value in a data row: its own column, else the row's one non-key value. */
function valueOf(row: Record<string, unknown>, measure: Measure): unknown {
  if (sum(measure) in row) return row[sum(measure)];
  const others = Object.entries(row).filter(
    ([k, v]) => !['unit', 'aspect', 'month'].includes(k) && !(v instanceof Date),
  );
  return others.length === 1 ? others[0]![1] : undefined;
}

/**
 * Parts owned by others (issue 18) once kept a measure from passing here: measures cast integer
 * sums to DOUBLE ("expr") and results decoded HUGEINT to a JS number ("flechette"). With both
 * merged (main at 96d99c6) every measure passes; the map stays so that a part that regresses can
 * be named. Before flechette: sum(big) drew 207165597004821216 for 207165597004821227 (39 of 39).
 */
const OWNED_ELSEWHERE: Record<Measure, string | null> = { small: null, big: null, amount: null };

describe('every chart kind draws exact sums (generated data, real DuckDB)', () => {
  const rows = generate(600, 18);
  let url = '';
  beforeAll(() => {
    url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv' }));
  });
  afterAll(() => {
    unmountAll();
    URL.revokeObjectURL(url);
  });

  for (const measure of ['small', 'big', 'amount'] as const) {
    const reason = OWNED_ELSEWHERE[measure];
    const test = reason === null ? it : it.skip;
    test(`sum(${measure}) on bar, line, heatmap, donut, gauge, radar, kpi and table${reason ? ` (skipped: ${reason})` : ''}`, async () => {
      unmountAll();
      const host = mount(`<pantau-dashboard>
        <pantau-source name="acak" src="${url}" format="csv"></pantau-source>
        ${CASES.map((c) => c.markup(measure)).join('\n')}
      </pantau-dashboard>`);
      const elements = CASES.map((c, i) =>
        host.querySelector<PantauChartElement>(`pantau-dashboard > :nth-child(${i + 2})`)!,
      );
      const failures: string[] = [];
      for (const [i, chart] of CASES.entries()) {
        const el = elements[i]!;
        expect(await el.ready, `${chart.kind}: ${el.error?.messageIn('en') ?? ''}`).toBe('ready');
        const expected = exactSums(rows, measure, chart.rowKey);
        const drawn = new Map(
          el.data.map((row) => [
            chart.dataKey(row),
            canonical(asText(valueOf(row, measure)), measure),
          ]),
        );
        for (const [key, exact] of expected) {
          const got = drawn.get(key);
          if (got !== canonical(exact, measure)) {
            failures.push(`${chart.kind} ${key}: drew ${String(got)}, exact ${String(exact)}`);
          }
        }
        if (drawn.size !== expected.size) {
          failures.push(`${chart.kind}: ${drawn.size} groups drawn, ${expected.size} in the data`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
