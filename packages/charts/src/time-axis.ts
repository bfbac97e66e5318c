/**
 * Time on the x axis: periods (day, ISO week, month, year), their labels in Indonesian or English,
 * and ticks that fit the width. Dates are wall-clock values handed over as UTC instants (DuckDB's
 * DATE '2024-08-01' arrives as 2024-08-01T00:00Z), so everything here reads them with getUTC*:
 * in Banjarmasin (UTC+8) or anywhere west of UTC a local reading would shift the day or month.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { TICK_PADDING, TICK_SIZE, fittedText } from './axes.ts';
import { monthName } from './calendar.ts';
import { INK } from './palette.ts';
import { svgEl } from './svg.ts';
import { LABEL_FONT_SIZE } from './text.ts';
import type { ChartLang } from './types.ts';
import { periodIndex, periodStart, type TimeInterval } from './periods.ts';

export {
  TIME_INTERVALS,
  isTimeInterval,
  periodIndex,
  periodStart,
  truncateDate,
  type TimeInterval,
} from './periods.ts';

/**
 * A period as people write it: year "2024"; month "Agu 2024" (long "Agustus 2024"); day
 * "17 Agu 2024"; week "Pekan 12 Agu 2024" (its Monday).
 */
export function formatPeriod(
  date: Date,
  interval: TimeInterval,
  lang: ChartLang,
  long = false,
): string {
  const year = date.getUTCFullYear();
  const month = monthName(date.getUTCMonth(), lang, !long);
  switch (interval) {
    case 'year':
      return String(year);
    case 'month':
      return `${month} ${year}`;
    case 'day':
      return `${date.getUTCDate()} ${month} ${year}`;
    case 'week':
      return `${say(CHART_WORDS, lang, 'weekOf')} ${date.getUTCDate()} ${month} ${year}`;
  }
}

export interface TimeTick {
  date: Date;
  /** The first line: "Agu", "17 Agu" or "2024". */
  label: string;
  /** A second line giving the year where it changes (and on the first tick), else undefined. */
  context?: string;
}

/** Tick units tried from finest to coarsest; `spacing` is the room one label needs, in px. */
interface TickUnit {
  interval: TimeInterval;
  step: number;
  spacing: number;
}

const DAY_UNITS: TickUnit[] = [1, 2].map((step) => ({ interval: 'day', step, spacing: 56 }));
const WEEK_UNITS: TickUnit[] = [1, 2, 4].map((step) => ({ interval: 'week', step, spacing: 56 }));
const MONTH_UNITS: TickUnit[] = [1, 2, 3, 6].map((step) => ({
  interval: 'month',
  step,
  spacing: 40,
}));

function yearUnits(): TickUnit[] {
  const units: TickUnit[] = [];
  for (let magnitude = 1; magnitude <= 1e4; magnitude *= 10) {
    for (const m of [1, 2, 5]) units.push({ interval: 'year', step: m * magnitude, spacing: 44 });
  }
  return units;
}

/** A tick never sits between two data periods: a weekly chart gets no daily ticks. */
function unitsFor(interval: TimeInterval): TickUnit[] {
  switch (interval) {
    case 'day':
      return [...DAY_UNITS, ...WEEK_UNITS, ...MONTH_UNITS, ...yearUnits()];
    case 'week':
      return [...WEEK_UNITS, ...MONTH_UNITS, ...yearUnits()];
    case 'month':
      return [...MONTH_UNITS, ...yearUnits()];
    case 'year':
      return yearUnits();
  }
}

/**
 * Ticks from `start` to `end` (inclusive) at the finest unit (a multiple of `interval`) whose
 * labels fit `width` px. Multi-period steps are aligned (quarters on Jan/Apr/Jul/Oct, years on
 * multiples of the step) so ticks do not drift when the range moves.
 */
export function timeTicks(
  start: Date,
  end: Date,
  interval: TimeInterval,
  lang: ChartLang,
  width: number,
): TimeTick[] {
  if (!(start.getTime() <= end.getTime())) return [];
  const units = unitsFor(interval);
  for (const unit of units) {
    const first = ceilToPeriod(start, unit.interval);
    const last = periodIndex(end, unit.interval);
    const firstAligned = first + mod(-first, unit.step);
    const count = firstAligned > last ? 0 : Math.floor((last - firstAligned) / unit.step) + 1;
    const room = Math.max(1, Math.floor(width / unit.spacing));
    if (count > room && unit !== units[units.length - 1]) continue;
    const dates: Date[] = [];
    for (let i = firstAligned; i <= last; i += unit.step) dates.push(periodStart(i, unit.interval));
    return labelTicks(dates, unit.interval, lang);
  }
  return [];
}

/** Index of the first period starting at or after `date`. */
function ceilToPeriod(date: Date, interval: TimeInterval): number {
  const index = periodIndex(date, interval);
  return periodStart(index, interval).getTime() < date.getTime() ? index + 1 : index;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

function labelTicks(dates: Date[], unit: TimeInterval, lang: ChartLang): TimeTick[] {
  let previousYear: number | undefined;
  return dates.map((date) => {
    const year = date.getUTCFullYear();
    const month = monthName(date.getUTCMonth(), lang, true);
    const label =
      unit === 'year' ? String(year) : unit === 'month' ? month : `${date.getUTCDate()} ${month}`;
    const tick: TimeTick = { date, label };
    if (unit !== 'year' && year !== previousYear) tick.context = String(year);
    previousYear = year;
    return tick;
  });
}

export interface TimeAxisOptions {
  /** y of the axis line (the bottom of the plot). */
  offset: number;
  /** Horizontal extent of the plot: labels near an edge are anchored so they stay inside. */
  left: number;
  right: number;
  fontSize?: number;
}

/** Height a time axis takes below the plot: tick, label, and the year line. */
export function timeAxisHeight(fontSize = LABEL_FONT_SIZE): number {
  return TICK_SIZE + TICK_PADDING / 2 + fontSize * 2.4;
}

/** A bottom time axis: baseline, ticks, labels, and the year under the first tick of each year. */
export function timeAxis(
  d: Document,
  ticks: readonly TimeTick[],
  x: (date: Date) => number,
  options: TimeAxisOptions,
): SVGGElement {
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const { offset, left, right } = options;
  const g = svgEl(d, 'g', {
    class: 'pantau-axis pantau-axis-time pantau-axis-bottom',
    fill: INK.muted,
    'font-size': fontSize,
  });
  g.append(
    svgEl(d, 'line', {
      x1: left,
      x2: right,
      y1: offset,
      y2: offset,
      stroke: INK.axis,
      class: 'pantau-axis-line',
    }),
  );
  const labelY = offset + TICK_SIZE + TICK_PADDING / 2;
  for (const tick of ticks) {
    const at = x(tick.date);
    if (!Number.isFinite(at)) continue;
    const el = svgEl(d, 'g', { class: 'pantau-tick' });
    el.append(
      svgEl(d, 'line', { x1: at, x2: at, y1: offset, y2: offset + TICK_SIZE, stroke: INK.axis }),
    );
    // Near an edge the label hangs inwards instead of being clipped by the chart's box.
    const anchor = at - left < 16 ? 'start' : right - at < 16 ? 'end' : 'middle';
    const attrs = { x: at, y: labelY, dy: '0.71em', 'text-anchor': anchor };
    el.append(fittedText(d, attrs, tick.label, 80, fontSize));
    if (tick.context !== undefined) {
      el.append(
        svgEl(
          d,
          'text',
          { ...attrs, y: labelY + fontSize * 1.2, fill: INK.text, 'font-weight': 600 },
          tick.context,
        ),
      );
    }
    g.append(el);
  }
  return g;
}
