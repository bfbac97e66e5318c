/**
 * `type="range"` and `type="date-range"`: two ends typed (or a quick range of days chosen),
 * checked, then published as bounds.
 */

import type { TemplateResult } from 'lit';
import { isTimestampType, type Lang } from '@pantau/core';
import {
  boundsClauses,
  boundsLabel,
  boundsOf,
  dayBoundsClauses,
  dayOf,
  displayValue,
  numberOf,
} from './filter-clauses.ts';
import { readBounds, type BoundsKind } from './bounds-input.ts';
import {
  DATE_PRESETS,
  matchingPreset,
  parseIsoDay,
  presetLabel,
  presetRange,
  wallClockToday,
  type DatePreset,
} from './date-presets.ts';
import { FILTER_WORDS, say } from '@pantau/messages';
import type { ViewFrame } from './filter-view.ts';
import { renderBounds } from './filter-bounds-view.ts';
import { columnOf, type FilterHost } from './control-host.ts';

export function bounds(host: FilterHost, frame: ViewFrame, kind: BoundsKind): TemplateResult {
  const { lang } = frame;
  const own = boundsOf(host.own);
  const typed = (v: unknown) => (kind === 'date' ? (dayOf(v) ?? '') : String(numberOf(v) ?? ''));
  const low = host.state.low ?? typed(own.low);
  const high = host.state.high ?? typed(own.high);
  const dataLow = host.result?.columns['low']?.[0] ?? null;
  const dataHigh = host.result?.columns['high']?.[0] ?? null;
  const pressed = matchingPreset({ start: low, end: high }, todayOf(host));
  return renderBounds({
    ...frame,
    kind,
    low,
    high,
    placeholders: { low: typed(dataLow), high: typed(dataHigh) },
    problem: host.state.problem,
    note:
      dataLow === null || dataHigh === null
        ? say(FILTER_WORDS, lang, 'noData')
        : say(
            FILTER_WORDS,
            lang,
            'extentNote',
            displayValue(dataLow, lang),
            displayValue(dataHigh, lang),
          ),
    presets:
      kind === 'date'
        ? DATE_PRESETS.map((preset) => ({
            preset,
            label: presetLabel(preset, lang),
            pressed: preset === pressed,
          }))
        : [],
    hasBounds: own.low !== null || own.high !== null,
    onTyped: (end, value) => host.set(end === 'low' ? { low: value } : { high: value }),
    onCommit: () => commitBounds(host, kind),
    onPreset: (preset) => applyPreset(host, preset, lang),
    onClear: () => {
      host.clear();
      host.announce(say(FILTER_WORDS, lang, 'cleared'));
      host.focus('low');
    },
  });
}

function commitBounds(host: FilterHost, kind: BoundsKind): void {
  const text = (end: 'low' | 'high') => {
    const el = host.field(end);
    // A number field holding "1e" or a half-typed date reports "" with badInput: not blank.
    return el === null ? '' : el.validity.badInput ? '\u0000' : el.value;
  };
  const read = readBounds(text('low'), text('high'), kind);
  if (!read.ok) {
    host.set({ problem: { text: read.problem, field: read.field } });
    return;
  }
  host.set({ problem: null });
  publishBounds(host, kind, read.low, read.high);
}

function publishBounds(host: FilterHost, kind: BoundsKind, low: unknown, high: unknown): void {
  const column = columnOf(host, kind === 'date' ? 'date-range' : 'range');
  if (column === null) return;
  const clauses =
    kind === 'date'
      ? dayBoundsClauses(
          column.name,
          low as string | null,
          high as string | null,
          isTimestampType(column.type),
        )
      : boundsClauses(column.name, low, high);
  const show = (v: unknown, lang: Lang) =>
    kind === 'date' ? displayValue(parseIsoDay(String(v)), lang) : displayValue(v, lang);
  const label = clauses.length > 0 ? boundsLabel(host.title, low, high, show) : undefined;
  host.publish(clauses, label);
}

/** `today` when it is a real day, else the reader's calendar date. */
function todayOf(host: FilterHost): Date {
  return parseIsoDay(host.today) ?? wallClockToday();
}

function applyPreset(host: FilterHost, preset: DatePreset, lang: Lang): void {
  const { start, end } = presetRange(preset, todayOf(host));
  host.set({ low: null, high: null, problem: null });
  publishBounds(host, 'date', start, end);
  const show = (day: string) => displayValue(parseIsoDay(day), lang);
  host.announce(
    `${say(FILTER_WORDS, lang, 'applied')}: ${presetLabel(preset, lang)}, ${show(start)} – ${show(end)}.`,
  );
}
