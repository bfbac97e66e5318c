/**
 * What a reader typed into the two ends of a range (numbers or dates), checked before anything is
 * published: text that is not a number or a date, and a low end above the high end, come back as
 * a message in Indonesian and English instead of a filter that silently matches nothing.
 */

import { FILTER_SETUP, sayBoth } from '@pantau/messages';
import type { BilingualText } from '@pantau/core';
import { parseIsoDay } from './date-presets.ts';

export type BoundsKind = 'number' | 'date';

export type BoundsInput =
  | { ok: true; low: number | string | null; high: number | string | null }
  | { ok: false; problem: BilingualText; field: 'low' | 'high' };

/** Empty ends are open; numbers take a dot or a comma as the decimal mark. */
export function readBounds(lowText: string, highText: string, kind: BoundsKind): BoundsInput {
  const low = readOne(lowText, kind);
  if (low === undefined) return { ok: false, problem: notValid(kind, 'low'), field: 'low' };
  const high = readOne(highText, kind);
  if (high === undefined) return { ok: false, problem: notValid(kind, 'high'), field: 'high' };
  if (low !== null && high !== null && low > high) {
    return {
      ok: false,
      field: 'low',
      problem: sayBoth(FILTER_SETUP, 'lowEndGreaterThan'),
    };
  }
  return { ok: true, low, high };
}

/** null: left open; undefined: not readable. */
function readOne(text: string, kind: BoundsKind): number | string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (kind === 'date') return parseIsoDay(trimmed) === null ? undefined : trimmed;
  // One comma and no dot is a decimal comma (Indonesian "2,5"); thousands separators are refused.
  const normalised = /^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  const number = Number(normalised);
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised) && Number.isFinite(number)
    ? number
    : undefined;
}

function notValid(kind: BoundsKind, field: 'low' | 'high'): BilingualText {
  const which =
    field === 'low' ? sayBoth(FILTER_SETUP, 'message') : sayBoth(FILTER_SETUP, 'message3');
  return kind === 'number'
    ? sayBoth(FILTER_SETUP, 'notNumberWriteNumber', which)
    : sayBoth(FILTER_SETUP, 'notCompleteDatePick', which);
}
