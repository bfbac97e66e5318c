/**
 * What a reader typed into the two ends of a range (numbers or dates), checked before anything is
 * published: text that is not a number or a date, and a low end above the high end, come back as
 * a message in Indonesian and English instead of a filter that silently matches nothing.
 */

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
      problem: {
        id: `Batas bawah lebih besar dari batas atas. Isi "Dari" dengan nilai yang lebih kecil, atau tukar keduanya.`,
        en: `The low end is greater than the high end. Make "From" the smaller value, or swap them.`,
      },
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
  const which = field === 'low' ? { id: 'Dari', en: 'From' } : { id: 'Sampai', en: 'To' };
  return kind === 'number'
    ? {
        id: `"${which.id}" bukan angka. Tulis angka seperti 12 atau 2,5, atau kosongkan.`,
        en: `"${which.en}" is not a number. Write a number such as 12 or 2.5, or leave it empty.`,
      }
    : {
        id: `"${which.id}" bukan tanggal yang lengkap. Pilih tanggal, atau kosongkan.`,
        en: `"${which.en}" is not a complete date. Pick a date, or leave it empty.`,
      };
}
