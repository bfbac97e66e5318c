/**
 * The bands a gauge is drawn on: a named official scale (IKM on its converted 25..100 range,
 * PEKPPP 0..5, IID 0..100) as its metric defines it (core's `MetricDefinition.grades`), or an explicit list in the `bands` attribute:
 * `"D 0..64.99 Tidak Baik; C 65..76.6 Kurang Baik; B 76.61..88.3 Baik; A 88.31..100 Sangat Baik"`.
 */

import { gradeColor, type CategoryBand, type GradeScale } from '@pantau/charts';
import { gradeDomain, type Lang } from '@pantau/core';
import { bandsNames, gradeBands, gradesOf } from '../base/grades.ts';
import { attributeError } from '../base/attribute-checks.ts';

const BAND_ITEM = /^(\S+)\s+(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)(?:\s+(.*))?$/;

/** Colours for explicit bands, lowest first: red to green through the IKM grade colours. */
const RAMPS: Readonly<Record<number, readonly string[]>> = {
  1: ['A'],
  2: ['D', 'A'],
  3: ['D', 'C', 'A'],
  4: ['D', 'C', 'B', 'A'],
};
const LONG_RAMP = ['F', 'E', 'D', 'C-', 'C', 'B-', 'B', 'A-', 'A'];

function rampColor(rank: number, count: number): string {
  const short = RAMPS[count];
  if (short !== undefined) return gradeColor('ikm', short[rank]!);
  // More than four: spread the nine PEKPPP colours over the bands.
  const at = Math.round((rank / Math.max(1, count - 1)) * (LONG_RAMP.length - 1));
  return gradeColor('pekppp', LONG_RAMP[at]!);
}

/** Parses explicit bands; colours go from red (lowest) to green (highest). */
export function parseBands(text: string): CategoryBand[] {
  const items = text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const parsed = items.map((item) => {
    const m = BAND_ITEM.exec(item);
    const min = Number(m?.[2]);
    const max = Number(m?.[3]);
    if (m === null || !(min < max)) {
      // A mistyped scale name ("ikmm") lands here too: name the scales beside the list form.
      const allowed = bandsNames();
      const names = allowed.map((n) => `"${n}"`).join(', ');
      throw attributeError(
        `Pita "${item.slice(0, 60)}" tidak terbaca: beri nama skala (${names}) atau tulis pita "kode min..max label", mis. "A 88.31..100 Sangat Baik", dipisah titik koma; min harus lebih kecil dari max.`,
        `Band "${item.slice(0, 60)}" cannot be read: give a scale name (${names}) or write bands as "code min..max label", e.g. "A 88.31..100 Sangat Baik", separated by semicolons; min must be below max.`,
        { attribute: 'bands', value: item, allowed },
      );
    }
    return { code: m[1]!, label: (m[4] ?? '').trim(), min, max };
  });
  if (parsed.length === 0) {
    throw attributeError(
      'Atribut bands kosong: beri "ikm", "pekppp", "iid" atau daftar pita.',
      'The bands attribute is empty: give "ikm", "pekppp", "iid" or a list of bands.',
      { attribute: 'bands' },
    );
  }
  const ranked = [...parsed].sort((a, b) => a.min - b.min);
  return parsed.map((band) => ({
    ...band,
    color: rampColor(ranked.indexOf(band), parsed.length),
  }));
}

export interface GaugeScale {
  bands: CategoryBand[];
  domain: readonly [number, number];
  /** The official scale, whose categories core decides (rounding rules included). */
  scale: GradeScale | null;
}

/** Named scale, explicit list, or (none given) the scale of a graded metric such as `ikm`. */
export function gaugeScale(bands: string, scale: GradeScale | null, lang: Lang): GaugeScale | null {
  const grades = scale === null ? null : gradesOf(scale);
  if (scale !== null && grades !== null) {
    // The range is the metric's (IKM is read on 25..100 though its D band starts at 0).
    return { bands: gradeBands(scale, lang), domain: gradeDomain(grades), scale };
  }
  const text = bands.trim();
  if (text === '' || text.toLowerCase() === 'none') return null;
  const parsed = parseBands(text);
  return {
    bands: parsed,
    domain: [Math.min(...parsed.map((b) => b.min)), Math.max(...parsed.map((b) => b.max))],
    scale: null,
  };
}
