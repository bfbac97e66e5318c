import { describe, it, expect } from 'vitest';
import {
  compileMeasure,
  defaultMetrics,
  MetricRegistry,
  type MetricDefinition,
} from '../../src/sql/index.ts';
import { expectPantauError } from './expect-error.ts';
import { avg, caseWhen, div, lit, mul, sum } from '../../src/sql/expr/build.ts';
import { layanan } from './fixtures.ts';

const onTimeRate: MetricDefinition = {
  name: 'tepat_waktu_rate',
  label: { id: 'Persentase tepat waktu', en: 'On-time rate' },
  requiredColumns: ['tepat_waktu'],
  expr: (col) => mul(lit(100), avg(caseWhen([[col('tepat_waktu'), lit(1)]], lit(0)))),
  isAggregate: true,
};

const costPerDay: MetricDefinition = {
  name: 'BiayaPerHari',
  label: { id: 'Biaya per hari', en: 'Cost per day' },
  requiredColumns: ['BIAYA', 'Waktu Proses (hari)'],
  expr: (col) => div(sum(col('BIAYA')), sum(col('Waktu Proses (hari)'))),
  isAggregate: true,
};

function registry(...definitions: MetricDefinition[]): MetricRegistry {
  const metrics = new MetricRegistry();
  for (const definition of definitions) metrics.register(definition);
  return metrics;
}

describe('MetricRegistry', () => {
  it('registers, finds case-insensitively and lists', () => {
    const metrics = registry(onTimeRate, costPerDay);
    expect(metrics.get('TEPAT_WAKTU_RATE')?.label.en).toBe('On-time rate');
    expect(metrics.get('biayaperhari')?.name).toBe('BiayaPerHari');
    expect(metrics.has('nothing')).toBe(false);
    expect(metrics.list().map((m) => m.name)).toEqual(['tepat_waktu_rate', 'BiayaPerHari']);
  });

  it('keeps registries apart from each other and from the default one', () => {
    registry(onTimeRate);
    expect(new MetricRegistry().has('tepat_waktu_rate')).toBe(false);
    expect(defaultMetrics.has('tepat_waktu_rate')).toBe(false);
  });

  it('refuses duplicate names, whatever their case', () => {
    const metrics = registry(onTimeRate);
    const error = expectPantauError(
      () => metrics.register({ ...onTimeRate, name: 'Tepat_Waktu_Rate' }),
      'BAD_NAME',
    );
    expect(error.text.en).toContain('already registered');
  });

  it('refuses a definition written as SQL text instead of a tree', () => {
    const { expr: _tree, ...rest } = onTimeRate;
    const textual = {
      ...rest,
      name: 'textual',
      sql: () => 'count(*)',
    } as unknown as MetricDefinition;
    const error = expectPantauError(() => new MetricRegistry().register(textual), 'BAD_NAME');
    expect(error.text.en).toContain('an expr function (an expression tree, not SQL text)');
    expect(error.text.id).toContain('fungsi expr');
  });

  it('refuses names of aggregate functions and names that are not identifiers', () => {
    const metrics = new MetricRegistry();
    for (const name of ['sum', 'COUNT', 'count_distinct', 'Median']) {
      expect(
        expectPantauError(() => metrics.register({ ...onTimeRate, name }), 'BAD_NAME').text.en,
      ).toContain('aggregate function');
    }
    for (const name of ['', 'ikm 2', '2ikm', 'ikm;', '"ikm"']) {
      expectPantauError(() => metrics.register({ ...onTimeRate, name }), 'BAD_NAME');
    }
  });
});

describe('metrics in measures', () => {
  it('compiles a metric with resolved, quoted columns and a DOUBLE cast', () => {
    expect(compileMeasure('tepat_waktu_rate', layanan, registry(onTimeRate))).toMatchObject({
      sql: '(100 * avg(CASE WHEN "tepat_waktu" THEN 1 ELSE 0 END))::DOUBLE',
      isAggregate: true,
      kind: 'numeric',
      columns: ['tepat_waktu'],
    });
    expect(compileMeasure('biayaperhari * 30', layanan, registry(costPerDay))).toMatchObject({
      sql: '((sum("biaya") / CASE WHEN sum("Waktu Proses (hari)") = 0 THEN \'NaN\'::DOUBLE ELSE sum("Waktu Proses (hari)") END)::DOUBLE * 30)',
      isAggregate: true,
      columns: ['biaya', 'Waktu Proses (hari)'],
    });
  });

  it('combines metrics with aggregates but not with raw columns', () => {
    const metrics = registry(onTimeRate);
    expect(compileMeasure('tepat_waktu_rate - avg(Skor)', layanan, metrics).sql).toBe(
      '((100 * avg(CASE WHEN "tepat_waktu" THEN 1 ELSE 0 END))::DOUBLE - avg("Skor")::DOUBLE)',
    );
    expectPantauError(
      () => compileMeasure('tepat_waktu_rate - Skor', layanan, metrics),
      'BAD_EXPRESSION',
    );
  });

  it('refuses a metric inside an aggregate', () => {
    const error = expectPantauError(
      () => compileMeasure('sum(tepat_waktu_rate)', layanan, registry(onTimeRate)),
      'BAD_EXPRESSION',
    );
    expect(error.text.en).toContain('metric "tepat_waktu_rate" is already an aggregate');
    expect(error.details.position).toBe(4);
  });

  it('reads a quoted name as a column even when a metric has that name', () => {
    const schema = { table: 't', columns: [{ name: 'tepat_waktu_rate', type: 'DOUBLE' }] };
    expect(compileMeasure('avg("tepat_waktu_rate")', schema, registry(onTimeRate)).sql).toBe(
      'avg("tepat_waktu_rate")::DOUBLE',
    );
  });

  it('names the metric and the missing columns when the table lacks them', () => {
    const schema = { table: 'pengaduan', columns: [{ name: 'biaya', type: 'DOUBLE' }] };
    const error = expectPantauError(
      () => compileMeasure('biayaperhari', schema, registry(costPerDay)),
      'UNKNOWN_COLUMN',
    );
    expect(error.text.id).toContain(
      'Metrik "BiayaPerHari" (Biaya per hari) memerlukan kolom "Waktu Proses (hari)"',
    );
    expect(error.text.en).toContain(
      'Metric "BiayaPerHari" (Cost per day) needs column "Waktu Proses (hari)"',
    );
    expect(error.text.en).toContain('table pengaduan');
    expect(error.details).toMatchObject({
      metric: 'BiayaPerHari',
      missing: ['Waktu Proses (hari)'],
    });
  });

  it('fails loudly when a definition uses a column it did not declare', () => {
    const sneaky: MetricDefinition = {
      ...onTimeRate,
      name: 'sneaky',
      expr: (col) => sum(col('waktu')),
    };
    const error = expectPantauError(
      () => compileMeasure('sneaky', layanan, registry(sneaky)),
      'BAD_NAME',
    );
    expect(error.text.en).toContain('not listed in requiredColumns');
  });

  it('explains unknown metrics compiled by name', () => {
    const error = expectPantauError(
      () => registry(onTimeRate).compile('tepat_waktu_rat', layanan),
      'BAD_EXPRESSION',
    );
    expect(error.text.en).toContain('Did you mean "tepat_waktu_rate"?');
  });

  it('treats an unregistered bare name as a column', () => {
    const error = expectPantauError(
      () => compileMeasure('ikm', layanan, new MetricRegistry()),
      'UNKNOWN_COLUMN',
    );
    expect(error.details.column).toBe('ikm');
  });
});
