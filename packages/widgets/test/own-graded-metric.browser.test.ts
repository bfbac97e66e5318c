/**
 * packages/core/README.md's recipe for a new graded metric, followed once: the metric below is
 * defined and registered in this file alone, and the widgets show its format and grades with no
 * other file changed (issue 16 item 3: "a new graded metric touches at most 4 files").
 */

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bandOf,
  expr,
  getMetric,
  parseFormat,
  registerMetric,
  type Band,
  type MetricDefinition,
} from '@pantau/core';
import '../src/define.ts';
import type { PantauBarChart, PantauKpi } from '../src/index.ts';
import { mount, shadow, tableCells, unmountAll } from './support/mount.ts';

const SERVICE =
  '<pantau-source name="layanan" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>';

/** Share of applications rejected, graded R(endah) / S(edang) / T(inggi) (bands invented here). */
const REJECTION_BANDS: readonly Band[] = [
  { code: 'R', min: 0, max: 0.02, label: { id: 'Rendah', en: 'Low' }, color: '#0f766e' },
  {
    code: 'S',
    min: 0.03,
    max: 0.05,
    label: { id: 'Sedang', en: 'Moderate' },
    color: '#a16207',
  },
  { code: 'T', min: 0.06, max: 1, label: { id: 'Tinggi', en: 'High' }, color: '#9f1239' },
];

const rejectionRate: MetricDefinition = {
  name: 'rejection_rate',
  label: { id: 'Persentase permohonan ditolak', en: 'Share of applications rejected' },
  format: 'percent:1',
  grades: { scale: 'penolakan', bands: REJECTION_BANDS },
  changeInPoints: true,
  requiredColumns: ['rejected', 'received'],
  expr: (col) => expr.div(expr.sum(expr.num(col('rejected'))), expr.sum(expr.num(col('received')))),
  isAggregate: true,
};

function band(value: number): Band {
  return bandOf(REJECTION_BANDS, value, { id: 'rasio', en: 'ratio' })!;
}

function svgTexts(el: Element, selector: string): string[] {
  return [...shadow(el).querySelectorAll(`svg ${selector}`)].map((t) => t.textContent ?? '');
}

describe('a graded metric of the page’s own, registered in one file', () => {
  beforeAll(() => {
    if (getMetric('rejection_rate') === undefined) registerMetric(rejectionRate);
  });
  afterEach(unmountAll);

  it('a KPI shows its format and its grade, letter and label', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-kpi source="layanan" value="rejection_rate" title="Ditolak"></pantau-kpi>
    </pantau-dashboard>`);
    const el = host.querySelector<PantauKpi>('pantau-kpi')!;
    expect(await el.ready).toBe('ready');
    const value = el.data[0]!['rejection_rate'] as number;
    expect(value).toBeGreaterThan(0);
    const grade = band(value);
    const text = parseFormat('percent:1')(value, 'id');
    expect(shadow(el).querySelector('svg .pantau-kpi-value')?.textContent).toBe(text);
    expect(shadow(el).querySelector('svg .pantau-kpi-badge')?.textContent).toBe(
      `${grade.code} · ${grade.label.id}`,
    );
    expect(await tableCells(el)).toEqual([
      ['Nilai', text],
      ['Kategori', `${grade.code} · ${grade.label.id}`],
    ]);
  });

  it('bars carry its grades and colours, by the measure, the scale or the metric name', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-bar-chart id="own" source="layanan" x="unit_code" y="rejection_rate"></pantau-bar-chart>
      <pantau-bar-chart id="scale" source="layanan" x="unit_code"
        y="sum(rejected) / sum(received)" bands="penolakan"></pantau-bar-chart>
      <pantau-bar-chart id="named" source="layanan" x="unit_code"
        y="sum(rejected) / sum(received)" bands="rejection_rate"></pantau-bar-chart>
    </pantau-dashboard>`);
    const charts = [...host.querySelectorAll<PantauBarChart>('pantau-bar-chart')];
    for (const el of charts) expect(await el.ready, el.id).toBe('ready');
    const own = charts[0]!;
    const values = own.data.map((r) => r['rejection_rate'] as number);
    const grades = values.map(band);
    // The data spans more than one band, so the colours below are really chosen per value.
    expect(new Set(grades.map((g) => g.code)).size).toBeGreaterThan(1);
    for (const el of charts) {
      expect(svgTexts(el, '.pantau-grade-badge text'), el.id).toEqual(grades.map((g) => g.code));
      const fills = [...shadow(el).querySelectorAll('svg .pantau-grade-badge rect')].map((r) =>
        r.getAttribute('fill'),
      );
      expect(fills, el.id).toEqual(
        grades.map((g) => `var(--pantau-sys-grade-penolakan-${g.code.toLowerCase()}, ${g.color})`),
      );
    }
    const cells = await tableCells(own);
    expect(cells.map((r) => r[1])).toEqual(values.map((v) => parseFormat('percent:1')(v, 'id')));
  });

  it('a wrong bands name lists its scale beside the official ones', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-kpi source="layanan" value="rejection_rate" bands="penolak"></pantau-kpi>
    </pantau-dashboard>`);
    const el = host.querySelector<PantauKpi>('pantau-kpi')!;
    expect(await el.ready).toBe('error');
    const message = el.error?.messageIn('en') ?? '';
    expect(message).toContain('Attribute bands="penolak" is not known: use one of');
    for (const name of ['"penolakan"', '"ikm"', '"pekppp"', '"iid"', '"none"']) {
      expect(message).toContain(name);
    }
  });
});
