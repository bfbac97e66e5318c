import { plotNumber } from '@pantau/core';
/**
 * From the radar query's answer to the renderer's input: axes (short and long names), one
 * series per outline, and the raw axis and series values for selections. A combination with no
 * row is null ("belum input"), never zero.
 */

import type { LabelFormatter, RadarData } from '@pantau/charts';
import type { Lang, PlainValue, QueryResult } from '@pantau/core';
import { attributeError } from '../base/attribute-checks.ts';
import { keyOf } from '../base/value-key.ts';
import { MAX_AXES, MAX_SERIES, measureAxis } from './radar-query.ts';

export interface RadarInput {
  data: RadarData;
  /** Per axis: the column value (axis mode) or the measure (measures mode). */
  axisValues: PlainValue[];
  /** Per series: the series column's value, or null for the one unnamed series. */
  seriesValues: PlainValue[];
}

/** Axis and series names: a year or a code number is a name, "2024", never "2.024". */
function nameOf(value: PlainValue, formatLabel: LabelFormatter): string {
  return typeof value === 'number' ? String(value) : formatLabel(value);
}

function tooManySeries(count: number, column: string): Error {
  return attributeError(
    `Radar menampilkan paling banyak ${MAX_SERIES} seri, tetapi kolom "${column}" punya lebih banyak nilai (${count}). Saring datanya atau pilih kolom series lain.`,
    `A radar shows at most ${MAX_SERIES} series, but column "${column}" has more values (${count}). Filter the data or choose another series column.`,
    { attribute: 'series', count, max: MAX_SERIES },
  );
}

/** Axis mode: rows of (axis[, series], value), ordered by axis then series. */
export function fromAxisRows(
  result: QueryResult,
  options: { series: boolean; name: string; formatLabel: LabelFormatter },
): RadarInput {
  const [axisName, second, third] = result.names;
  const valueName = options.series ? third : second;
  const axes = result.columns[axisName ?? ''] ?? [];
  const seriesColumn = options.series ? (result.columns[second ?? ''] ?? []) : [];
  const values = result.columns[valueName ?? ''] ?? [];
  const axisIndex = new Map<string, number>();
  const seriesIndex = new Map<string, number>();
  const axisValues: PlainValue[] = [];
  const seriesValues: PlainValue[] = [];
  axes.forEach((axis, r) => {
    if (!axisIndex.has(keyOf(axis))) {
      axisIndex.set(keyOf(axis), axisValues.length);
      axisValues.push(axis);
    }
    const s = options.series ? (seriesColumn[r] ?? null) : null;
    if (!seriesIndex.has(keyOf(s))) {
      seriesIndex.set(keyOf(s), seriesValues.length);
      seriesValues.push(s);
    }
  });
  if (seriesValues.length > MAX_SERIES) throw tooManySeries(seriesValues.length, second ?? '');
  if (axisValues.length > MAX_AXES) {
    throw attributeError(
      `Radar menampilkan paling banyak ${MAX_AXES} sumbu; kolom "${axisName}" punya lebih banyak nilai.`,
      `A radar shows at most ${MAX_AXES} axes; column "${axisName}" has more values.`,
      { attribute: 'axis', max: MAX_AXES },
    );
  }
  const grid = seriesValues.map(() => axisValues.map((): number | null => null));
  axes.forEach((axis, r) => {
    const s = options.series ? (seriesColumn[r] ?? null) : null;
    grid[seriesIndex.get(keyOf(s))!]![axisIndex.get(keyOf(axis))!] = plotNumber(values[r]);
  });
  return {
    data: {
      axes: axisValues.map((a) => nameOf(a, options.formatLabel)),
      series: seriesValues.map((s, i) => ({
        name: options.series ? nameOf(s, options.formatLabel) : options.name,
        values: grid[i]!,
      })),
    },
    axisValues,
    seriesValues,
  };
}

/** Measures mode: one column per axis measure, one row per series (or one row). */
export function fromMeasureColumns(
  result: QueryResult,
  measures: readonly string[],
  options: { series: boolean; name: string; formatLabel: LabelFormatter; lang: Lang },
): RadarInput {
  const seriesName = options.series ? result.names[0] : undefined;
  const seriesValues = options.series ? [...(result.columns[seriesName ?? ''] ?? [])] : [null];
  if (seriesValues.length > MAX_SERIES) throw tooManySeries(seriesValues.length, seriesName ?? '');
  const named = measures.map((m) => measureAxis(m, options.lang));
  return {
    data: {
      axes: named.map((a) => a.short),
      axisLabels: named.map((a) => a.long),
      series: seriesValues.map((s, r) => ({
        name: options.series ? nameOf(s, options.formatLabel) : options.name,
        values: measures.map((m) => plotNumber(result.columns[m]?.[r])),
      })),
    },
    axisValues: [...measures],
    seriesValues,
  };
}
