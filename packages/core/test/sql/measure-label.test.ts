// Issue 15, item 5: data tables and CSV headers name a measure as a reader would, never by its
// expression: a quoted column without its quotes, a metric by its name, an aggregate in words.
import { describe, expect, it } from 'vitest';
import { measureLabel, parseMeasure } from '../../src/sql/index.ts';
import { registerPublicServiceMetrics } from '../../src/metrics/index.ts';

registerPublicServiceMetrics();

describe('measureLabel', () => {
  it('names a quoted column without its quotes, a bare one as written', () => {
    expect(measureLabel('"Tanggal Survei"', 'id')).toBe('Tanggal Survei');
    expect(measureLabel('"Kata ""kunci"""', 'en')).toBe('Kata "kunci"');
    expect(measureLabel('unit_code', 'id')).toBe('unit_code');
  });

  it('names a metric by its label in the page language, a quoted metric name as a column', () => {
    expect(measureLabel('ikm_nrr_u1', 'id')).toBe('NRR U1 Persyaratan');
    expect(measureLabel('ikm_nrr_u1', 'en')).toBe('NRR U1 Requirements');
    expect(measureLabel('IKM', 'id')).toBe('Indeks Kepuasan Masyarakat (IKM)');
    expect(measureLabel('"ikm"', 'id')).toBe('ikm');
  });

  it('says what an aggregate does, in both languages', () => {
    expect(measureLabel('sum(received)', 'id')).toBe('Jumlah received');
    expect(measureLabel('sum(received)', 'en')).toBe('Total received');
    expect(measureLabel('avg("Waktu Proses (hari)")', 'id')).toBe('Rata-rata Waktu Proses (hari)');
    expect(measureLabel('count(*)', 'id')).toBe('Banyak data');
    expect(measureLabel('count(*)', 'en')).toBe('Number of records');
    expect(measureLabel('count_distinct(unit)', 'en')).toBe('Distinct unit');
  });

  it('keeps the shape of arithmetic, with grouping where it matters', () => {
    expect(measureLabel('sum(done) / sum(received)', 'en')).toBe('Total done / Total received');
    expect(measureLabel('(sum(a) + sum(b)) * 0.5', 'id')).toBe('(Jumlah a + Jumlah b) × 0,5');
    expect(measureLabel('-max(x)', 'en')).toBe('−Maximum x');
  });

  it('takes a parsed tree (a plan carries trees, not text)', () => {
    expect(measureLabel(parseMeasure('median(hari)'), 'en')).toBe('Median hari');
  });

  it('leaves text that is not a measure as it is: a heading, an unquoted name with spaces', () => {
    expect(measureLabel('Tanggal Survei', 'id')).toBe('Tanggal Survei');
    expect(measureLabel(' Jumlah (orang) ', 'en')).toBe('Jumlah (orang)');
  });

  it('names a metric given the survey’s own headers by the metric on those columns', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `"U${i + 1} Unsur"`).join(', ');
    expect(measureLabel(`ikm(${nine})`, 'en')).toBe('Community Satisfaction Index (IKM)');
    expect(measureLabel('ikm_nrr("U3 Waktu")', 'id')).toBe('NRR U3 Waktu');
  });
});
