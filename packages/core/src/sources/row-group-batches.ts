import type { DuckDBDriver } from '../engine/duckdb-driver.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import { columnsToBatch, columnsToIpc, type ArrowBatch, type ColumnHint } from './rows-to-arrow.ts';
import { sourceEmpty } from './source-errors.ts';

/**
 * A Parquet file's row groups made into Arrow batches as they are decoded, in file order (whole
 * groups put together up to a million rows, MOST_BATCH_ROWS), so that DuckDB's worker inserts one
 * batch while the page decodes the next. On a 10M-row file the single insert took 6 s after a
 * 13 s decode, one after the other (bench/README.md, "The 10M-row load").
 *
 * Every group's values stay until the end: if the batches disagree, the file goes in whole.
 * Each batch's column types are inferred from its own values. When every batch infers the same
 * types, so does the whole column: a kind seen in any batch is seen in the whole, and "whole
 * numbers within 2^31", "ISO dates" hold for the whole exactly when they hold for every batch. So
 * the table is the one a single insert of everything makes. When one batch infers otherwise (a
 * first group all null, text that stops looking like dates, a whole number past 2^31 further on),
 * what was inserted is dropped and the whole columns go in at once, as before the batches.
 */
export class RowGroupBatches {
  readonly hints: ReadonlyMap<string, ColumnHint>;
  readonly #columns: readonly string[];
  readonly #groups: Group[];
  #next = 0;
  #ready: ArrowBatch[] = [];
  /** Whole groups not yet in a batch. */
  #waiting: Group[] = [];
  #ended = false;
  #error: unknown = undefined;
  #wake: (() => void) | null = null;

  readonly #batchRows: number;

  constructor(
    columns: readonly string[],
    hints: ReadonlyMap<string, ColumnHint>,
    groupRows: readonly number[],
  ) {
    this.hints = hints;
    this.#columns = columns;
    let start = 0;
    this.#groups = groupRows.map((rows) => {
      const group: Group = {
        start,
        rows,
        values: new Map(columns.map((name) => [name, new Array<unknown>(rows)])),
        filled: new Map(columns.map((name) => [name, 0])),
        unfilled: rows === 0 ? 0 : columns.length,
      };
      start += rows;
      return group;
    });
    this.#batchRows = Math.min(MOST_BATCH_ROWS, Math.ceil(start / PARTS));
  }

  /** One decoded chunk of one column (hyparquet's onChunk), in whatever order they come. */
  take(columnName: string, columnData: ArrayLike<unknown>, rowStart: number, rowEnd: number): void {
    const group = this.#groupAt(rowStart);
    const target = group?.values.get(columnName);
    if (!group || !target) return;
    const end = Math.min(rowEnd, group.start + group.rows);
    for (let row = rowStart; row < end; row++)
      target[row - group.start] = columnData[row - rowStart];
    const filled = group.filled.get(columnName)! + (end - rowStart);
    group.filled.set(columnName, filled);
    if (filled === group.rows) group.unfilled--;
    this.#release();
  }

  /** The decode has ended: every group has come. */
  finish(): void {
    this.#ended = true;
    this.#release();
    this.#wake?.();
  }

  fail(error: unknown): void {
    this.#error = error;
    this.#ended = true;
    this.#wake?.();
  }

  /** The batches in file order, each as soon as it and every group before it are whole. */
  async *batches(): AsyncGenerator<ArrowBatch> {
    for (;;) {
      if (this.#error !== undefined) throw this.#error;
      const batch = this.#ready.shift();
      if (batch) {
        yield batch;
        continue;
      }
      if (this.#ended) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = null;
    }
  }

  /** Every value of every column once the decode has ended, for the single insert. */
  async whole(): Promise<Map<string, unknown[]>> {
    while (!this.#ended) await new Promise<void>((resolve) => (this.#wake = resolve));
    if (this.#error !== undefined) throw this.#error;
    // Every column even without a row: a file of none still makes a table with its columns.
    return concatenate(this.#groups, this.#columns);
  }

  #groupAt(row: number): Group | undefined {
    let low = 0;
    let high = this.#groups.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = this.#groups[middle]!;
      if (row < group.start) high = middle - 1;
      else if (row >= group.start + group.rows) low = middle + 1;
      else return group;
    }
    return undefined;
  }

  /** Makes the next whole groups into batches; a waiting consumer is woken. */
  #release(): void {
    let made = false;
    while (this.#next < this.#groups.length && this.#groups[this.#next]!.unfilled === 0) {
      const group = this.#groups[this.#next++]!;
      if (group.rows > 0) this.#waiting.push(group);
      const rows = this.#waiting.reduce((sum, waiting) => sum + waiting.rows, 0);
      if (rows >= this.#batchRows || this.#next === this.#groups.length) {
        made = this.#batch() || made;
      }
    }
    if (made) this.#wake?.();
  }

  /** The groups waiting, as one batch. */
  #batch(): boolean {
    const groups = this.#waiting.splice(0);
    if (groups.length === 0) return false;
    const values = groups.length === 1 ? groups[0]!.values : concatenate(groups, this.#columns);
    this.#ready.push(columnsToBatch(values, this.hints));
    return true;
  }
}

/**
 * Rows per insert, at least: whole groups are put together until they reach it. Each insert into
 * a table that has rows costs DuckDB more than the rows alone (in Node 9 inserts of 124k rows
 * took 1.10 s where 9 new tables took 0.80 s; in Chromium 81 inserts of a 10M-row file kept the
 * worker busy about twice as long as one insert of it), so a large file goes in by the million,
 * a smaller one in about eight parts, so that its inserting still overlaps its decoding.
 */
const MOST_BATCH_ROWS = 1_000_000;
const PARTS = 8;

/** The groups' rows one after another, column by column. */
function concatenate(groups: readonly Group[], names: readonly string[]): Map<string, unknown[]> {
  const total = groups.reduce((sum, group) => sum + group.rows, 0);
  const columns = new Map<string, unknown[]>();
  for (const name of names) {
    const all = new Array<unknown>(total);
    let at = 0;
    for (const group of groups) {
      const values = group.values.get(name)!;
      for (let row = 0; row < group.rows; row++) all[at++] = values[row];
    }
    columns.set(name, all);
  }
  return columns;
}

interface Group {
  start: number;
  rows: number;
  values: Map<string, unknown[]>;
  filled: Map<string, number>;
  /** Columns not yet whole in this group. */
  unfilled: number;
}

/**
 * Inserts the batches into `table` as they come (each sent without waiting for the one before:
 * the worker runs them in order), or everything at once when the batches' types differ.
 * `decoded` is called when the last group has been decoded: DuckDB then holds up the load.
 */
export async function insertRowGroups(
  driver: DuckDBDriver,
  source: string,
  table: string,
  groups: RowGroupBatches,
  decoded: () => void,
): Promise<void> {
  const sent: Promise<void>[] = [];
  let kinds: string | null = null;
  let agree = true;
  for await (const batch of groups.batches()) {
    const these = batch.kinds.join();
    if (kinds !== null && these !== kinds) {
      agree = false;
      break;
    }
    kinds = these;
    const insert = driver.insertArrow(table, batch.ipc, { append: sent.length > 0 });
    // Awaited below; a failure meanwhile is not an unhandled rejection.
    insert.catch(() => undefined);
    sent.push(insert);
  }
  if (agree) decoded();
  await Promise.all(sent);
  if (agree && sent.length > 0) return;
  const columns = await groups.whole();
  if (!agree) decoded();
  if (sent.length > 0) await driver.query(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
  const ipc = columnsToIpc(columns, groups.hints);
  if (ipc.byteLength === 0) throw sourceEmpty(source);
  await driver.insertArrow(table, ipc);
}
