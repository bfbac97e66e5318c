import { describe, expect, it } from 'vitest';
import { isPantauError, registerPublicServiceMetrics } from '@pantau/core';
import { bandsNames, categoryOf, gradeBands, gradeScaleOf } from '../src/base/grades.ts';
import { formatSpec } from '../src/base/formats.ts';
import { changeUnit } from '../src/base/change-format.ts';
import { bandsAttribute } from '../src/base/attribute-checks.ts';

// What an element's module does when it loads, before any of these is asked.
registerPublicServiceMetrics();

describe('grades and formats read from the registered metric', () => {
  it('picks the scale from bands (a scale or a graded metric) or else from the measure', () => {
    expect(gradeScaleOf('', 'ikm')).toBe('ikm');
    expect(gradeScaleOf('', 'ikm("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")')).toBe(
      'ikm',
    );
    expect(gradeScaleOf(undefined, 'ipp')).toBe('pekppp');
    expect(gradeScaleOf('', 'iid')).toBe('iid');
    expect(gradeScaleOf('PEKPPP', 'avg(score)')).toBe('pekppp');
    expect(gradeScaleOf('ipp', 'avg(score)')).toBe('pekppp');
    expect(gradeScaleOf('none', 'ikm')).toBeNull();
    expect(gradeScaleOf('', 'sla')).toBeNull();
    expect(gradeScaleOf('', 'ikm + 1')).toBeNull();
  });

  it('grades values on the rounded bounds, with colour and label in the page’s language', () => {
    expect(categoryOf('ikm', 88.305, 'id')).toEqual({
      code: 'A',
      label: 'Sangat Baik',
      color: 'var(--pantau-sys-grade-ikm-a, #15803d)',
    });
    expect(categoryOf('ikm', 64.994, 'en')?.label).toBe('Poor');
    expect(categoryOf('ikm', 64.995, 'en')?.code).toBe('C');
    expect(categoryOf('pekppp', 4.5, 'id')?.color).toBe(
      'var(--pantau-sys-grade-pekppp-a-minus, #4d7c0f)',
    );
    expect(categoryOf('iid', 0, 'id')?.code).toBe('tidak-dapat-dinilai');
    expect(categoryOf('ikm', 120, 'id')).toBeNull();
    expect(categoryOf('ikm', null, 'id')).toBeNull();
    expect(categoryOf('unknown', 50, 'id')).toBeNull();
    expect(gradeBands('iid', 'en').map((b) => [b.code, b.label])).toEqual([
      ['sangat-inovatif', 'Very innovative'],
      ['inovatif', 'Innovative'],
      ['kurang-inovatif', 'Less innovative'],
      ['tidak-dapat-dinilai', 'Cannot be assessed (disclaimer)'],
    ]);
  });

  it('formats and change units as before the tables moved onto the metrics', () => {
    const formats: Record<string, string> = {
      ikm: 'ikm',
      ipp: 'number:2',
      iid: 'number:2',
      on_time_rate: 'percent',
      sla: 'percent',
      online_share: 'percent',
      resolution_rate: 'percent',
      median_days: 'days:1',
      mean_days_to_respond: 'days:1',
      backlog: 'number',
      'sum(received)': 'number',
    };
    for (const [measure, spec] of Object.entries(formats)) {
      expect(formatSpec('', measure), measure).toBe(spec);
    }
    expect(formatSpec(' percent:1 ', 'ikm')).toBe('percent:1');
    const points = ['ikm', 'ikm_nrr_u1', 'ikm_nrr("U3")', 'ipp', 'iid', 'sla', 'resolution_rate'];
    for (const m of points) expect(changeUnit('number', m), m).toBe('points');
    for (const m of ['backlog', 'median_days', 'sum(received)']) {
      expect(changeUnit('number', m), m).toBe('amount');
    }
  });

  it('checks the bands attribute with the same message as before', () => {
    expect(bandsNames()).toEqual(['ikm', 'pekppp', 'iid', 'none']);
    for (const ok of ['', ' IKM ', 'pekppp', 'iid', 'none', 'ipp']) {
      expect(() => bandsAttribute(ok), ok).not.toThrow();
    }
    let error: unknown;
    try {
      bandsAttribute('ikmm');
    } catch (e) {
      error = e;
    }
    expect(isPantauError(error) && error.code).toBe('BAD_EXPRESSION');
    if (!isPantauError(error)) return;
    expect(error.messageIn('en')).toBe(
      'Attribute bands="ikmm" is not known: use one of "ikm", "pekppp", "iid", "none".',
    );
    expect(error.messageIn('id')).toBe(
      'Atribut bands="ikmm" tidak dikenal: gunakan salah satu dari "ikm", "pekppp", "iid", "none".',
    );
    expect(error.details).toEqual({
      attribute: 'bands',
      value: 'ikmm',
      allowed: ['ikm', 'pekppp', 'iid', 'none'],
    });
  });
});
