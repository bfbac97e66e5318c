import { describe, it, expect } from 'vitest';
import { compileMeasure, MetricRegistry, parseMeasure, tokenize } from '../../src/sql/index.ts';
import { expectPantauError } from './expect-error.ts';
import { layanan } from './fixtures.ts';

const none = new MetricRegistry();
const sql = (expression: string) => compileMeasure(expression, layanan, none).sql;

describe('tokenize', () => {
  it('reads names, quoted names, numbers and operators with positions', () => {
    expect(tokenize('sum("Waktu Proses (hari)") / 2.5')).toEqual([
      { kind: 'name', text: 'sum', position: 0 },
      { kind: '(', text: '(', position: 3 },
      { kind: 'quoted', text: 'Waktu Proses (hari)', position: 4 },
      { kind: ')', text: ')', position: 25 },
      { kind: '/', text: '/', position: 27 },
      { kind: 'number', text: '2.5', position: 29 },
    ]);
  });

  it('unescapes doubled quotes inside quoted names', () => {
    expect(tokenize('"Nama ""Unit"" (SKPD)"')).toEqual([
      { kind: 'quoted', text: 'Nama "Unit" (SKPD)', position: 0 },
    ]);
  });
});

describe('parseMeasure', () => {
  it('gives * and / precedence over + and -', () => {
    expect(parseMeasure('a + b * 2')).toMatchObject({
      kind: 'binary',
      op: '+',
      left: { kind: 'name', name: 'a' },
      right: { kind: 'binary', op: '*', left: { name: 'b' }, right: { text: '2' } },
    });
  });

  it('is left-associative', () => {
    expect(parseMeasure('a - b - c')).toMatchObject({
      op: '-',
      left: { op: '-', left: { name: 'a' }, right: { name: 'b' } },
      right: { name: 'c' },
    });
  });

  it('folds function-name case and keeps count(*) as a null argument', () => {
    expect(parseMeasure('COUNT(*)')).toEqual({
      kind: 'aggregate',
      fn: 'count',
      arg: null,
      position: 0,
    });
    expect(parseMeasure('Count_Distinct(unit)')).toMatchObject({ fn: 'count_distinct' });
  });

  it('marks quoted names so they are never taken for metrics', () => {
    expect(parseMeasure('"ikm"')).toEqual({ kind: 'name', name: 'ikm', quoted: true, position: 0 });
    expect(parseMeasure('ikm')).toEqual({ kind: 'name', name: 'ikm', quoted: false, position: 0 });
  });
});

describe('compileMeasure', () => {
  it('compiles a bare column to its quoted name', () => {
    expect(compileMeasure('waktu', layanan, none)).toEqual({
      sql: '"waktu"',
      expr: { type: 'column', name: 'waktu' },
      isAggregate: false,
      kind: 'numeric',
      columns: ['waktu'],
    });
    expect(compileMeasure('tanggal', layanan, none).kind).toBe('temporal');
    expect(compileMeasure('max(unit)', layanan, none).kind).toBe('other');
  });

  it('quotes columns with spaces, parentheses and embedded quotes', () => {
    expect(sql('avg("Waktu Proses (hari)")')).toBe('avg("Waktu Proses (hari)")::DOUBLE');
    expect(sql('count_distinct("Nama ""Unit"" (SKPD)")')).toBe(
      'count(DISTINCT "Nama ""Unit"" (SKPD)")',
    );
  });

  it('keeps sums, minima and maxima of integers and decimals, and counts, exact', () => {
    // HUGEINT / DECIMAL / BIGINT: never rounded to a double on the way out (issue 18).
    expect(sql('sum(waktu)')).toBe('sum("waktu")');
    expect(sql('sum(biaya)')).toBe('sum("biaya")');
    expect(sql('count(*)')).toBe('count(*)');
    expect(sql('count(unit)')).toBe('count("unit")');
    expect(sql('min(biaya)')).toBe('min("biaya")');
    expect(sql('MAX(waktu)')).toBe('max("waktu")');
  });

  it('casts other numeric aggregates, and exact ones inside arithmetic, to DOUBLE', () => {
    expect(sql('median(biaya)')).toBe('median("biaya")::DOUBLE');
    expect(sql('avg(waktu)')).toBe('avg("waktu")::DOUBLE');
    expect(sql('sum("Waktu Proses (hari)")')).toBe('sum("Waktu Proses (hari)")::DOUBLE');
    expect(sql('max("Waktu Proses (hari)")')).toBe('max("Waktu Proses (hari)")::DOUBLE');
    // Arithmetic inside the aggregate has no declared type: a double, as before.
    expect(sql('sum(waktu * 2)')).toBe('sum(("waktu" * 2))::DOUBLE');
    expect(sql('sum(biaya) * count(*)')).toBe('(sum("biaya")::DOUBLE * count(*)::DOUBLE)');
    // Two exact types of different families: DuckDB could overflow widening one into the other.
    expect(sql('sum(biaya) - sum(waktu)')).toBe('(sum("biaya")::DOUBLE - sum("waktu")::DOUBLE)');
    expect(sql('sum(waktu) + 1')).toBe('(sum("waktu")::DOUBLE + 1)');
  });

  it('adds and subtracts exact aggregates of one family exactly', () => {
    expect(sql('sum(biaya) - min(biaya)')).toBe('(sum("biaya") - min("biaya"))');
    expect(sql('count(*) - count(unit) + sum(waktu)')).toBe(
      '((count(*) - count("unit")) + sum("waktu"))',
    );
    expect(sql('-count(*)')).toBe('(-count(*))');
  });

  it('keeps min/max of dates and text uncast', () => {
    expect(sql('min(tanggal)')).toBe('min("tanggal")');
    expect(sql('max(unit)')).toBe('max("unit")');
  });

  it('returns the checked tree the SQL is rendered from', () => {
    expect(compileMeasure('sum(waktu) / count(*)', layanan, none).expr).toEqual({
      type: 'arithmetic',
      op: '/',
      left: {
        type: 'to_double',
        arg: { type: 'aggregate', name: 'sum', arg: { type: 'column', name: 'waktu' } },
      },
      right: { type: 'to_double', arg: { type: 'aggregate', name: 'count' } },
    });
  });

  it('renders division so that dividing by zero gives NaN (not computable), not NULL', () => {
    expect(sql('sum(waktu) / count(*)')).toBe(
      '(sum("waktu")::DOUBLE / CASE WHEN count(*)::DOUBLE = 0 THEN \'NaN\'::DOUBLE ELSE count(*)::DOUBLE END)',
    );
    expect(sql('waktu / 0')).toBe('("waktu" / CASE WHEN 0 = 0 THEN \'NaN\'::DOUBLE ELSE 0 END)');
  });

  it('parenthesises every operation and never emits a double minus', () => {
    expect(sql('100 * sum(waktu) / (count(*) - 1)')).toBe(
      '((100 * sum("waktu")::DOUBLE) / CASE WHEN (count(*)::DOUBLE - 1) = 0 THEN \'NaN\'::DOUBLE ELSE (count(*)::DOUBLE - 1) END)',
    );
    expect(sql('- -waktu')).toBe('(-(-"waktu"))');
    expect(sql('waktu - -1')).toBe('("waktu" - (-1))');
  });

  it('accepts arithmetic inside an aggregate', () => {
    expect(compileMeasure('sum(waktu * "Waktu Proses (hari)")', layanan, none)).toMatchObject({
      sql: 'sum(("waktu" * "Waktu Proses (hari)"))::DOUBLE',
      isAggregate: true,
      kind: 'numeric',
      columns: ['waktu', 'Waktu Proses (hari)'],
    });
  });

  it('writes numbers as typed, restoring a leading zero', () => {
    expect(sql('12')).toBe('12');
    expect(sql('3.5 * waktu')).toBe('(3.5 * "waktu")');
    expect(sql('.5 * waktu')).toBe('(0.5 * "waktu")');
  });

  it('resolves columns case-insensitively and lists each once', () => {
    expect(compileMeasure('sum(WAKTU) / sum(Waktu)', layanan, none)).toMatchObject({
      sql: '(sum("waktu")::DOUBLE / CASE WHEN sum("waktu")::DOUBLE = 0 THEN \'NaN\'::DOUBLE ELSE sum("waktu")::DOUBLE END)',
      isAggregate: true,
      columns: ['waktu'],
    });
  });

  it('treats constants as neither rows nor aggregates', () => {
    expect(compileMeasure('2 * 3', layanan, none)).toMatchObject({
      sql: '(2 * 3)',
      isAggregate: false,
      columns: [],
    });
    expect(compileMeasure('count(*) * 100', layanan, none).isAggregate).toBe(true);
  });

  it('reports unknown columns with a suggestion and the position', () => {
    const error = expectPantauError(
      () => compileMeasure('sum(wakt)', layanan, none),
      'UNKNOWN_COLUMN',
    );
    expect(error.text.id).toContain('Maksud Anda "waktu"?');
    expect(error.text.en).toContain('Did you mean "waktu"?');
    expect(error.details).toMatchObject({ column: 'wakt', position: 4, expression: 'sum(wakt)' });
  });

  it('refuses arithmetic and sums on non-numbers', () => {
    for (const expression of [
      'sum(unit)',
      'avg(tanggal)',
      'unit + 1',
      '-unit',
      'max(tanggal) * 2',
    ]) {
      expectPantauError(() => compileMeasure(expression, layanan, none), 'BAD_EXPRESSION');
    }
  });

  it('refuses mixing an aggregate with a raw column', () => {
    const error = expectPantauError(
      () => compileMeasure('sum(waktu) + waktu', layanan, none),
      'BAD_EXPRESSION',
    );
    expect(error.details.position).toBe(11);
    expect(error.text.en).toContain('at character 12');
    expectPantauError(() => compileMeasure('waktu * count(*)', layanan, none), 'BAD_EXPRESSION');
  });
});

describe('hostile and malformed measures', () => {
  const hostile: [string, number][] = [
    ['sum(x); DROP TABLE t', 6],
    ['x) OR (1=1', 8],
    ['x -- comment', 2],
    ["x'", 1],
    ['sum(sum(x))', 4],
    ['', 0],
    ['   ', 0],
    ['x OR 1', 2],
    ['x /* c */', 2],
    ['x = 1', 2],
    ["unit = 'a'", 5],
    ['sum(x, y)', 5],
    ['x)', 1],
    ['(x', 0],
    ['sum(x', 3],
    ['sum(*)', 4],
    ['count(*', 5],
    ['x +', 3],
    ['x y', 2],
    ['"unterminated', 0],
    ['""', 0],
    ['1e3', 1],
    ['5.', 0],
    ['x.y', 1],
    ['x || y', 2],
    ['x % 2', 2],
    ['`x`', 0],
    ['t.x', 1],
    ['SELECT x', 0],
    ['sum(x) FILTER (WHERE y)', 7],
    ['x::VARCHAR', 1],
    ['"a\0b"', 2],
  ];

  for (const [expression, position] of hostile) {
    it(`refuses ${JSON.stringify(expression)} at ${position}`, () => {
      const error = expectPantauError(() => parseMeasure(expression), 'BAD_EXPRESSION');
      expect(error.details.position).toBe(position);
      expect(error.details.expression).toBe(expression);
      expect(error.text.id).toContain('Yang diizinkan');
      expect(error.text.en).toContain('Allowed:');
      // Also through the compiler, whatever the schema.
      expectPantauError(() => compileMeasure(expression, layanan, none), 'BAD_EXPRESSION');
    });
  }

  it('says why, in words, for the usual suspects', () => {
    expect(
      expectPantauError(() => parseMeasure('sum(x); DROP TABLE t'), 'BAD_EXPRESSION').text.en,
    ).toContain('semicolons');
    expect(expectPantauError(() => parseMeasure('x -- c'), 'BAD_EXPRESSION').text.id).toContain(
      'komentar',
    );
    // `name(columns)` is a metric call to the parser; the compiler's registry refuses the name.
    for (const call of ['exec(x)', 'read_csv(x)']) {
      const error = expectPantauError(() => compileMeasure(call, layanan, none), 'BAD_EXPRESSION');
      expect(error.text.en).toContain(`Unknown metric "${call.split('(')[0]}"`);
      expect(error.details.position).toBe(0);
    }
    expect(expectPantauError(() => parseMeasure('x OR y'), 'BAD_EXPRESSION').text.en).toContain(
      'SQL keyword "OR"',
    );
    expect(
      expectPantauError(() => parseMeasure('sum(sum(x))'), 'BAD_EXPRESSION').text.en,
    ).toContain('cannot be inside another aggregate');
  });

  it('caps the length at 1000 characters', () => {
    const long = Array.from({ length: 200 }, () => 'waktu').join('+'); // 1199 characters
    const error = expectPantauError(() => parseMeasure(long), 'BAD_EXPRESSION');
    expect(error.text.en).toContain('longer than 1000');
    expect(error.text.en.length).toBeLessThan(1000); // the expression is cut in the message
    const fits = Array.from({ length: 166 }, () => 'waktu').join('+'); // 995 characters
    expect(compileMeasure(fits, layanan, none).isAggregate).toBe(false);
  });

  it('refuses non-string input', () => {
    expectPantauError(() => parseMeasure(42 as unknown as string), 'BAD_EXPRESSION');
  });
});
