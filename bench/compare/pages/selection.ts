/**
 * Cross-filter state for the two hand-written contenders (Plot + Arquero, duckdb-wasm + D3), with
 * the same click semantics as Pantau and Mosaic: a click selects that one value, a click on the
 * selected value clears it; a brush selects the months it covers.
 */
import type { FilterState, WidgetId } from '../spec.mjs';

export type Publisher = 'units' | 'status' | 'months';

export class CrossFilter {
  state: FilterState = {};
  /** Which widgets to redraw after `source` changed the selection (every other widget). */
  constructor(private readonly redraw: (except: Publisher) => void) {}

  click(widget: 'units' | 'status', value: string): void {
    const key = widget === 'units' ? 'units' : 'status';
    const current = this.state[key];
    if (current?.length === 1 && current[0] === value) delete this.state[key];
    else this.state[key] = [value];
    this.redraw(widget);
  }

  /** Months from `start` (inclusive) to `end` (exclusive), ISO timestamps; null clears. */
  brush(range: [string, string] | null): void {
    if (range) this.state.range = range;
    else delete this.state.range;
    this.redraw('months');
  }
}

/** ISO timestamp (no zone: the data's wall-clock time) of a ms value read as UTC. */
export const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** First instant of the month containing `ms`, and of the month after `ms2`'s. */
export function monthRange(ms: number, ms2: number): [string, string] {
  const a = new Date(Math.min(ms, ms2));
  const b = new Date(Math.max(ms, ms2));
  return [
    isoOf(Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), 1)),
    isoOf(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 1)),
  ];
}

export const OTHERS: Record<Publisher, WidgetId[]> = {
  units: ['total', 'sla', 'status', 'months', 'heat'],
  status: ['total', 'sla', 'units', 'months', 'heat'],
  months: ['total', 'sla', 'units', 'status', 'heat'],
};
