import { describe, expect, it } from 'vitest';
import { categoryBadgeText, kpiChange, kpiSummary, kpiTarget } from '../src/kpi/index.ts';
import type { ChartContext, ValueFormatter } from '../src/types.ts';

function formatter(lang: 'id' | 'en', decimals = 2): ValueFormatter {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  // As @pantau/core's formats do: null not reported, NaN (a zero divisor) not computable.
  return (v) =>
    v === null
      ? lang === 'id'
        ? 'belum input'
        : 'not reported'
      : Number.isNaN(v)
        ? lang === 'id'
          ? 'tak terhitung (dibagi nol)'
          : 'not computable (division by zero)'
        : nf.format(v);
}

function context(lang: 'id' | 'en' = 'id'): ChartContext {
  return { lang, size: { width: 280, height: 180 }, formatValue: formatter(lang) };
}

const A = { code: 'A', label: 'Sangat Baik', color: '#15803d' };

describe('kpiChange', () => {
  const f = formatter('id');

  it('gives arrow, sign and direction together, with a true minus sign', () => {
    expect(kpiChange(88.56, 87.36, f, 'id')).toMatchObject({
      direction: 'up',
      arrow: '▲',
      text: '+1,20',
      amount: '1,20',
      sentiment: 'good',
    });
    expect(kpiChange(86.26, 87.36, f, 'id')).toMatchObject({
      direction: 'down',
      arrow: '▼',
      text: '\u22121,10',
      sentiment: 'bad',
    });
  });

  it('turns good and bad around when lower is better (e.g. days to complete)', () => {
    expect(kpiChange(4, 5, f, 'id', false)?.sentiment).toBe('good');
    expect(kpiChange(6, 5, f, 'id', false)?.sentiment).toBe('bad');
  });

  it('calls a change that rounds to zero in the display format unchanged', () => {
    const same = kpiChange(88.561, 88.558, f, 'id');
    expect(same).toMatchObject({
      direction: 'same',
      arrow: '■',
      text: 'tetap',
      sentiment: 'neutral',
    });
    expect(kpiChange(5, 5, formatter('en'), 'en')?.text).toBe('unchanged');
    // With more decimals the same difference is a real change.
    expect(kpiChange(88.561, 88.558, formatter('id', 3), 'id')?.direction).toBe('up');
  });

  it('has no change when either value is missing', () => {
    expect(kpiChange(null, 80, f, 'id')).toBeNull();
    expect(kpiChange(80, null, f, 'id')).toBeNull();
    expect(kpiChange(80, undefined, f, 'id')).toBeNull();
    expect(kpiChange(80, Number.NaN, f, 'id')).toBeNull();
  });
});

describe('kpiTarget', () => {
  it('is met at or above the target, with the achieved share', () => {
    expect(kpiTarget(90, 90)).toEqual({ met: true, ratio: 1 });
    expect(kpiTarget(88.56, 90)?.met).toBe(false);
    expect(kpiTarget(88.56, 90)?.ratio).toBeCloseTo(0.984, 3);
  });

  it('is met at or below the target when lower is better, without a share', () => {
    expect(kpiTarget(4, 5, false)).toEqual({ met: true, ratio: null });
    expect(kpiTarget(6, 5, false)).toEqual({ met: false, ratio: null });
  });

  it('does not exist without a value or a target', () => {
    expect(kpiTarget(null, 90)).toBeNull();
    expect(kpiTarget(80, null)).toBeNull();
    expect(kpiTarget(80, undefined)).toBeNull();
  });
});

describe('kpiSummary', () => {
  it('names the value, its category and the change', () => {
    const text = kpiSummary(
      { value: 88.56, previous: 87.36, category: A },
      { label: 'Indeks Kepuasan Masyarakat' },
      context(),
    );
    expect(text).toBe(
      'Indeks Kepuasan Masyarakat 88,56 (A, Sangat Baik), naik 1,20 dari periode sebelumnya.',
    );
  });

  it('speaks English, says a fall, and reports the target', () => {
    const text = kpiSummary(
      { value: 86.26, previous: 87.36, target: 90 },
      { label: 'IKM' },
      context('en'),
    );
    expect(text).toBe(
      'IKM 86.26, down 1.10 from the previous period. Target 90.00 · achieved 95.8%.',
    );
  });

  it('says "belum input" for a missing value, never zero', () => {
    const text = kpiSummary({ value: null, previous: 80 }, { label: 'IKM' }, context());
    expect(text).toBe('IKM belum input.');
    expect(text).not.toMatch(/0/);
  });

  it('says "tak terhitung (dibagi nol)" for a zero divisor, now or in the previous period', () => {
    expect(kpiSummary({ value: Number.NaN, previous: 80 }, { label: 'Rasio' }, context())).toBe(
      'Rasio tak terhitung (dibagi nol).',
    );
    expect(kpiSummary({ value: 80, previous: Number.NaN }, { label: 'Rasio' }, context())).toBe(
      'Rasio 80,00. Periode sebelumnya tak terhitung (dibagi nol).',
    );
  });

  it('says when the previous period is missing and when nothing changed', () => {
    expect(kpiSummary({ value: 80, previous: null }, { label: 'IKM' }, context())).toBe(
      'IKM 80,00. Periode sebelumnya belum input.',
    );
    expect(kpiSummary({ value: 80, previous: 80 }, { label: 'IKM' }, context())).toBe(
      'IKM 80,00, tidak berubah dari periode sebelumnya.',
    );
    expect(
      kpiSummary(
        { value: 80, previous: 79, target: 75 },
        { label: 'IKM', compareLabel: 'vs 2023' },
        context(),
      ),
    ).toBe('IKM 80,00, naik 1,00 vs 2023. Target 75,00 · tercapai.');
  });

  it('writes the change in its own format when given one (percentage points for a rate)', () => {
    const points = (v: number | null) => `${((v ?? 0) * 100).toFixed(1).replace('.', ',')} poin`;
    expect(
      kpiSummary(
        { value: 0.923, previous: 0.901 },
        { label: 'Tepat waktu', formatChange: points },
        { ...context(), formatValue: (v) => `${((v ?? 0) * 100).toFixed(1).replace('.', ',')}%` },
      ),
    ).toBe('Tepat waktu 92,3%, naik 2,2 poin dari periode sebelumnya.');
  });

  it('writes the badge as letter and label', () => {
    expect(categoryBadgeText(A)).toBe('A · Sangat Baik');
    expect(categoryBadgeText({ code: 'B', label: '', color: '#000' })).toBe('B');
    // IID predicates have identifiers, not letters: the label alone reads right.
    expect(
      categoryBadgeText({ code: 'sangat-inovatif', label: 'Sangat Inovatif', color: '#000' }),
    ).toBe('Sangat Inovatif');
  });
});
