import { describe, expect, it } from 'vitest';
import {
  defaultMetrics,
  gradeDomain,
  IID_GRADE_SCALE,
  IKM_GRADE_SCALE,
  isPantauError,
  MetricPresentations,
  MetricRegistry,
  onTimeRateMetric,
  PEKPPP_GRADE_SCALE,
  shownMetrics,
  type Band,
} from '../../src/index.ts';
import { publicServiceMetrics, registerPublicServiceMetrics } from '../../src/metrics/index.ts';

describe('default metrics registration', () => {
  it('the core index registers every default metric in defaultMetrics', () => {
    for (const metric of publicServiceMetrics()) {
      expect(defaultMetrics.has(metric.name), metric.name).toBe(true);
    }
  });

  it('is explicit and idempotent, per registry', () => {
    expect(registerPublicServiceMetrics()).toBe(defaultMetrics);
    const own = new MetricRegistry();
    expect(own.has('ikm')).toBe(false);
    registerPublicServiceMetrics(own);
    registerPublicServiceMetrics(own);
    expect(own.list().length).toBe(publicServiceMetrics().length);
  });

  it('gives every metric a bilingual label and distinct names', () => {
    const names = publicServiceMetrics().map((m) => m.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const m of publicServiceMetrics()) {
      expect(m.label.id.length, m.name).toBeGreaterThan(2);
      expect(m.label.en.length, m.name).toBeGreaterThan(2);
    }
  });
});

describe('a metric carries its presentation', () => {
  it('the default registry shows each metric’s format, grades and change unit to the widgets', () => {
    const shown = (name: string) => shownMetrics.get(name);
    expect(shown('ikm')).toEqual({ format: 'ikm', grades: IKM_GRADE_SCALE, changeInPoints: true });
    expect(shown('IPP')).toEqual({
      format: 'number:2',
      grades: PEKPPP_GRADE_SCALE,
      changeInPoints: true,
    });
    expect(shown('iid')?.grades).toBe(IID_GRADE_SCALE);
    for (const rate of ['on_time_rate', 'sla', 'online_share', 'resolution_rate']) {
      expect(shown(rate), rate).toEqual({ format: 'percent', changeInPoints: true });
    }
    expect(shown('median_days')?.format).toBe('days:1');
    expect(shown('mean_days_to_respond')?.format).toBe('days:1');
    expect(shown('ikm_nrr_u3')?.changeInPoints).toBe(true);
    expect(shown('ikm_nrr')?.changeInPoints).toBe(true);
    expect(shown('backlog')).toEqual({});
    expect(shownMetrics.scales()).toEqual(['ikm', 'pekppp', 'iid']);
  });

  it('the official bands are the regulations’, as DOMAIN.md gives them', () => {
    const rows = (bands: readonly Band[]) => bands.map((b) => [b.code, b.min, b.max, b.label.id]);
    expect(rows(IKM_GRADE_SCALE.bands)).toEqual([
      ['A', 88.31, 100, 'Sangat Baik'],
      ['B', 76.61, 88.3, 'Baik'],
      ['C', 65, 76.6, 'Kurang Baik'],
      ['D', 0, 64.99, 'Tidak Baik'],
    ]);
    expect(gradeDomain(IKM_GRADE_SCALE)).toEqual([25, 100]);
    expect(rows(PEKPPP_GRADE_SCALE.bands).map((r) => r[0])).toEqual([
      'A',
      'A-',
      'B',
      'B-',
      'C',
      'C-',
      'D',
      'E',
      'F',
    ]);
    expect(gradeDomain(PEKPPP_GRADE_SCALE)).toEqual([0, 5]);
    expect(rows(IID_GRADE_SCALE.bands)).toEqual([
      ['sangat-inovatif', 60.01, 100, 'Sangat Inovatif'],
      ['inovatif', 35, 60, 'Inovatif'],
      ['kurang-inovatif', 0.01, 34.99, 'Kurang Inovatif'],
      ['tidak-dapat-dinilai', 0, 0, 'Tidak Dapat Dinilai'],
    ]);
    expect(gradeDomain(IID_GRADE_SCALE)).toEqual([0, 100]);
  });

  it('finds grades by metric name or scale, and only for the registry that shows them', () => {
    expect(shownMetrics.grades('pekppp')).toBe(PEKPPP_GRADE_SCALE);
    expect(shownMetrics.grades(' IPP ')).toBe(PEKPPP_GRADE_SCALE);
    expect(shownMetrics.grades('sla')).toBeUndefined();
    const shown = new MetricPresentations();
    const own = new MetricRegistry(shown);
    const plain = new MetricRegistry();
    const tally = {
      ...onTimeRateMetric('tally'),
      format: 'number:0',
      grades: {
        scale: 'tally',
        bands: [{ code: 'ok', min: 0, max: 1, label: { id: 'a', en: 'a' } }],
      },
    };
    own.register(tally);
    plain.register({ ...tally, name: 'tally_plain' });
    expect(shown.get('TALLY')?.format).toBe('number:0');
    expect(shown.grades('tally')?.bands[0]?.code).toBe('ok');
    expect(shown.get('tally_plain')).toBeUndefined();
    expect(shownMetrics.get('tally')).toBeUndefined();
  });

  it('refuses grades a widget could not draw, in both languages', () => {
    const base = onTimeRateMetric('graded');
    const band = { code: 'a', min: 0, max: 1, label: { id: 'a', en: 'a' } };
    const cases = [
      { scale: 'Bad Scale', bands: [band] },
      { scale: 'none', bands: [band] },
      { scale: 'ok', bands: [] },
      { scale: 'ok', bands: [{ ...band, min: 2 }] },
      { scale: 'ok', bands: [{ ...band, max: Number.NaN }] },
    ];
    for (const grades of cases) {
      let error: unknown;
      try {
        new MetricRegistry().register({ ...base, grades });
      } catch (e) {
        error = e;
      }
      expect(isPantauError(error) && error.code, JSON.stringify(grades)).toBe('BAD_NAME');
      if (isPantauError(error)) {
        expect(error.messageIn('id')).toMatch(/skala nilai/);
        expect(error.messageIn('en')).toMatch(/grade scale/);
      }
    }
  });
});
