import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  abbreviateLabel,
  compactSharedPrefix,
  fitLabels,
  type FittedLabel,
} from '../src/shared/label-fit.ts';
import { textWidth } from '../src/text.ts';

const KECAMATAN = ['Barat', 'Selatan', 'Tengah', 'Timur', 'Utara'].map(
  (side) => `Kecamatan Banjarmasin ${side}`,
);
const SURAT = ['Ahli Waris', 'Domisili', 'Sehat', 'Tidak Mampu'].map(
  (what) => `Surat Keterangan ${what}`,
);

/** Every unit name of the demo's datasets (datasets/banjarmasin/units.csv, column `name`). */
function unitNames(): string[] {
  const csv = readFileSync(new URL('../../../datasets/banjarmasin/units.csv', import.meta.url));
  const names: string[] = [];
  for (const line of csv.toString('utf8').split('\n').slice(1)) {
    const m = /^[^,]*,("([^"]*)"|[^,]*)/.exec(line);
    const name = m?.[2] ?? m?.[1] ?? '';
    if (name !== '') names.push(name);
  }
  return names;
}

const drawn = (fits: readonly FittedLabel[]) => fits.map((f) => f.lines.join(' '));

/** No two different labels drawn alike (drawing nothing is not "alike"). */
function expectDistinct(labels: readonly string[], fits: readonly FittedLabel[]): void {
  const byText = new Map<string, string>();
  fits.forEach((fit, i) => {
    const text = fit.lines.join('\n');
    if (text === '') return;
    const other = byText.get(text);
    if (other !== undefined) expect(other).toBe(labels[i]);
    byText.set(text, labels[i]!);
  });
}

describe('fitLabels', () => {
  it('keeps labels that fit whole, untouched and not marked cut', () => {
    const fits = fitLabels(['Dinkes', 'Disdukcapil'], 200);
    expect(fits).toEqual([
      { lines: ['Dinkes'], truncated: false },
      { lines: ['Disdukcapil'], truncated: false },
    ]);
  });

  it('abbreviates the kecamatan so the side of town stays: "Kec. Bjm Tengah"', () => {
    const fits = fitLabels(KECAMATAN, 120);
    expect(drawn(fits)).toEqual([
      'Kec. Bjm Barat',
      'Kec. Bjm Selatan',
      'Kec. Bjm Tengah',
      'Kec. Bjm Timur',
      'Kec. Bjm Utara',
    ]);
    expect(fits.every((f) => f.truncated)).toBe(true);
  });

  it('keeps the end of labels that share a start, where a plain cut drew them all alike', () => {
    const fits = fitLabels(SURAT, 100);
    for (const [i, fit] of fits.entries()) {
      const end = SURAT[i]!.split(' ').at(-1)!;
      expect(fit.lines[0]).toContain(end);
      expect(textWidth(fit.lines[0]!)).toBeLessThanOrEqual(100);
    }
    expectDistinct(SURAT, fits);
  });

  it('never draws two different units alike, at any width, from real Banjarmasin names', () => {
    const names = unitNames();
    expect(names.length).toBeGreaterThan(80);
    for (const width of [20, 30, 48, 60, 80, 100, 130, 160]) {
      const fits = fitLabels(names, width);
      expectDistinct(names, fits);
      for (const fit of fits) expect(textWidth(fit.lines[0]!)).toBeLessThanOrEqual(width + 1e-9);
      // From 60 px every unit gets a label that tells it apart.
      if (width >= 60) expect(fits.filter((f) => f.lines[0] === '')).toEqual([]);
    }
  });

  it('wraps onto a second line before it shortens, words whole', () => {
    const fits = fitLabels(KECAMATAN, 130, { lines: 2 });
    expect(fits[1]).toEqual({ lines: ['Kecamatan', 'Banjarmasin Selatan'], truncated: false });
    const narrow = fitLabels(KECAMATAN, 60, { lines: 2 });
    expectDistinct(KECAMATAN, narrow);
    for (const fit of narrow) {
      expect(fit.lines.length).toBeLessThanOrEqual(2);
      for (const line of fit.lines) expect(textWidth(line)).toBeLessThanOrEqual(60);
    }
  });

  it('leaves room at the end of the last line when asked (a donut share)', () => {
    const [fit] = fitLabels(['Inovasi pelayanan publik'], 140, { reserveLast: 50 });
    expect(textWidth(fit!.lines[0]!)).toBeLessThanOrEqual(90);
    // On two lines the share gets a line of its own when the name fills the last one.
    const [two] = fitLabels(['Kecamatan Banjarmasin'], 80, { lines: 2, reserveLast: 70 });
    expect(two!.lines.at(-1)).toBe('');
  });

  it('draws the same label the same, and takes per-label room', () => {
    const fits = fitLabels(
      ['Kecamatan Banjarmasin Utara', 'Kecamatan Banjarmasin Utara'],
      [400, 90],
    );
    expect(fits[0]!.lines).toEqual(['Kecamatan Banjarmasin Utara']);
    expect(fits[1]!.truncated).toBe(true);
  });

  it('draws nothing rather than a second identical label when nothing fits', () => {
    const fits = fitLabels(['Kelurahan Kelayan Barat', 'Kelurahan Kelayan Dalam'], 8);
    expectDistinct(['Kelurahan Kelayan Barat', 'Kelurahan Kelayan Dalam'], fits);
  });
});

describe('label shortening steps', () => {
  it('abbreviates whole words only, keeping lower case lower', () => {
    expect(abbreviateLabel('Kecamatan Banjarmasin Tengah')).toBe('Kec. Bjm Tengah');
    expect(abbreviateLabel('UPTD Puskesmas Pekauman')).toBe('UPTD Pusk. Pekauman');
    expect(abbreviateLabel('kelurahan Kuin Utara')).toBe('kel. Kuin Utara');
    expect(abbreviateLabel('Kecamatanku')).toBe('Kecamatanku');
  });

  it('reduces a shared start to initials, never the last word', () => {
    expect(compactSharedPrefix('Surat Ket. Domisili', 2)).toBe('S. Ket. Domisili');
    expect(compactSharedPrefix('Kel. Kelayan Barat', 2)).toBe('Kel. K. Barat');
    expect(compactSharedPrefix('Surat Keterangan', 2)).toBe('S. Keterangan');
    expect(compactSharedPrefix('Dinkes', 1)).toBe('Dinkes');
  });
});
