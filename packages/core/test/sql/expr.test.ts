// The expression tree rendered by the DuckDB dialect and run on a real DuckDB (the Node
// connector): every node type gives the value its documentation promises.
import { writerOf } from '../../src/engine/engine-access.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { decodeResult } from '../../src/results/decode-result.ts';
import { duckdbExpressions, renderExpr, type Expr, type ExprDialect } from '../../src/sql/index.ts';
import {
  add,
  and,
  avg,
  between,
  bool,
  caseWhen,
  coalesce,
  column,
  concat,
  count,
  countDistinct,
  countRows,
  daysBetween,
  dbl,
  div,
  eq,
  fail,
  ge,
  greatest,
  gt,
  isIn,
  isNull,
  le,
  least,
  lit,
  lt,
  max,
  median,
  min,
  mul,
  ne,
  neg,
  not,
  notNull,
  nullValue,
  num,
  or,
  round,
  str,
  sub,
  sum,
  toDouble,
} from '../../src/sql/expr/build.ts';
import { expectPantauError } from './expect-error.ts';

let db: DuckDBConnector;

async function value(expr: Expr, from = ''): Promise<unknown> {
  const table = await db.query(`SELECT ${renderExpr(expr)} AS v${from}`);
  return decodeResult(table).rows()[0]?.v;
}

const x = column('x');
const t = column('t');

describe('renderExpr with the DuckDB dialect', () => {
  beforeAll(async () => {
    db = createNodeConnector();
    await writerOf(db)!.exec(`CREATE TABLE r AS SELECT * FROM (VALUES
      (1, 'a', TIMESTAMP '2024-01-01 00:00:00', TIMESTAMP '2024-01-03 12:00:00', '3'),
      (2, 'b', TIMESTAMP '2024-01-01 00:00:00', TIMESTAMP '2024-01-02 00:00:00', 'n/a'),
      (2, NULL, NULL, TIMESTAMP '2024-01-05 00:00:00', NULL),
      (NULL, 'b', TIMESTAMP '2024-02-01 00:00:00', TIMESTAMP '2024-02-01 06:00:00', ' 4.5 ')
    ) AS v(x, t, s, e, txt)`);
  });
  afterAll(() => db.close());

  it('renders arithmetic parenthesised, with NaN (not Infinity, 0 or NULL) for dividing by 0', async () => {
    expect(renderExpr(div(sub(lit(1), neg(lit(1))), lit(0)))).toBe(
      "((1 - (-1)) / CASE WHEN 0 = 0 THEN 'NaN'::DOUBLE ELSE 0 END)",
    );
    expect(await value(div(lit(1), lit(0)))).toBeNaN();
    expect(await value(div(dbl(0), dbl(0)))).toBeNaN();
    expect(await value(div(dbl(-1), toDouble(lit(0))))).toBeNaN();
    // NULL is "not reported" and stays NULL, whatever it is divided by or divides.
    expect(await value(div(nullValue(), lit(0)))).toBeNull();
    expect(await value(div(lit(1), nullValue()))).toBeNull();
    // x / Infinity would be a plausible 0; x / NaN keeps the marker through a ratio of ratios.
    expect(await value(div(lit(1), div(lit(1), lit(0))))).toBeNaN();
    expect(await value(mul(lit(100), div(lit(0), lit(0))))).toBeNaN();
    expect(await value(add(mul(lit(2), lit(3)), sub(lit(10), lit(4), lit(1))))).toBe(11);
    expect(await value(div(lit(7), lit(2)))).toBe(3.5);
    expect(await value(neg(lit('.5')))).toBe(-0.5);
    expect(await value(lit(-2))).toBe(-2);
  });

  it('keeps 1/9 as a double constant, every digit of it', async () => {
    expect(renderExpr(dbl(1 / 9))).toBe(`${1 / 9}::DOUBLE`);
    expect(await value(dbl(1 / 9))).toBe(1 / 9);
  });

  it('compares, combines and tests for NULL with SQL three-valued logic', async () => {
    const cases: [Expr, unknown][] = [
      [eq(lit(1), lit(1)), true],
      [ne(lit(1), lit(1)), false],
      [lt(lit(1), lit(2)), true],
      [le(lit(2), lit(2)), true],
      [gt(lit(1), lit(2)), false],
      [ge(lit(2), lit(3)), false],
      [and(bool(true), bool(false)), false],
      [or(bool(true), nullValue()), true],
      [and(bool(true), nullValue()), null],
      [not(bool(false)), true],
      [isNull(nullValue()), true],
      [notNull(lit(0)), true],
      [isIn(lit(3), [lit(1), lit(2), lit(3)]), true],
      [isIn(nullValue(), [lit(1)]), null],
      [between(lit(5), lit(1), lit(5)), true],
      [between(lit(6), lit(1), lit(5)), false],
    ];
    for (const [expr, expected] of cases)
      expect(await value(expr), renderExpr(expr)).toBe(expected);
  });

  it('picks the first matching CASE branch, else the ELSE, else NULL', async () => {
    const branch = (v: Expr, otherwise?: Expr) =>
      caseWhen(
        [
          [lt(v, lit(0)), str('negative')],
          [eq(v, lit(0)), str('zero')],
        ],
        otherwise,
      );
    expect(await value(branch(lit(-3), str('positive')))).toBe('negative');
    expect(await value(branch(lit(0), str('positive')))).toBe('zero');
    expect(await value(branch(lit(4), str('positive')))).toBe('positive');
    expect(await value(branch(lit(4)))).toBeNull();
  });

  it('has coalesce, greatest, least, round and days between two timestamps', async () => {
    expect(await value(coalesce(nullValue(), lit(7), lit(8)))).toBe(7);
    expect(await value(greatest(lit(10), lit(3)))).toBe(10);
    expect(await value(least(lit(10), lit(3)))).toBe(3);
    expect(await value(round(dbl(2.5)))).toBe(3);
    expect(await value(round(dbl(-2.5)))).toBe(-3);
    expect(await value(round(dbl(1.2345), 2))).toBe(1.23);
    expect(await value(daysBetween(column('s'), column('e')), ' FROM r LIMIT 1')).toBe(2.5);
  });

  it('reads text as a number or NULL, as TRY_CAST does', async () => {
    const read = async (text: string | null) => value(num(text === null ? nullValue() : str(text)));
    expect(await read('3')).toBe(3);
    expect(await read(' 4.5 ')).toBe(4.5);
    expect(await read('n/a')).toBeNull();
    expect(await read(null)).toBeNull();
    expect(renderExpr(num(x))).toBe('TRY_CAST("x" AS DOUBLE)');
  });

  it('writes strings literally, quotes doubled and control characters as chr(n)', async () => {
    const hostile = "it's\u001f'); DROP TABLE r; --\n";
    expect(renderExpr(str(hostile))).toBe(
      "('it''s' || chr(31) || '''); DROP TABLE r; --' || chr(10))",
    );
    expect(await value(str(hostile))).toBe(hostile);
    expect(await value(concat(str('a'), str('\u001f'), str('b')))).toBe('a\u001fb');
    expect(() => renderExpr(str('a\0b'))).toThrow();
  });

  it('aggregates with and without a filter', async () => {
    const from = ' FROM r';
    expect(await value(countRows(), from)).toBe(4);
    expect(await value(countRows(eq(t, str('b'))), from)).toBe(2);
    expect(await value(count(t), from)).toBe(3);
    expect(await value(countDistinct(t), from)).toBe(2);
    expect(await value(sum(x), from)).toBe(5);
    expect(await value(sum(x, eq(t, str('b'))), from)).toBe(2);
    expect(await value(avg(x), from)).toBe(5 / 3);
    expect(await value(min(x), from)).toBe(1);
    expect(await value(max(x, notNull(t)), from)).toBe(2);
    expect(await value(median(x), from)).toBe(2);
    expect(renderExpr(toDouble(sum(x, eq(t, str('b')))))).toBe(
      `(sum("x") FILTER (WHERE ("t" = 'b')))::DOUBLE`,
    );
  });

  it('fails the query with both languages and the count', async () => {
    const message = { id: 'baris salah', en: 'bad rows' };
    const guarded = caseWhen([[gt(countRows(), lit(0)), fail(message, countRows())]], lit(1));
    await expect(value(guarded, ' FROM r')).rejects.toThrow(/bad rows: 4 \/ baris salah: 4/);
  });

  it('renders a tree that went through JSON the same, and refuses trees it does not know', () => {
    const tree = caseWhen([[gt(countRows(), lit(0)), div(sum(num(x)), countRows())]], nullValue());
    const travelled = JSON.parse(JSON.stringify(tree)) as Expr;
    expect(renderExpr(travelled)).toBe(renderExpr(tree));
    const bad: unknown[] = [
      { type: 'sql', text: '1; DROP TABLE r' },
      { type: 'name' },
      { type: 'number', text: '1; DROP TABLE r' },
      { type: 'arithmetic', op: '; DROP', left: lit(1), right: lit(2) },
      { type: 'compare', op: 'LIKE', left: lit(1), right: lit(2) },
      { type: 'aggregate', name: 'string_agg', arg: x },
      { type: 'aggregate', name: 'sum' },
      { type: 'round', arg: lit(1), digits: '2); DROP' },
      { type: 'and', args: [] },
      null,
    ];
    for (const node of bad) expectPantauError(() => renderExpr(node as Expr), 'BAD_EXPRESSION');
  });

  it('takes another dialect object, node by node', () => {
    const shouting: ExprDialect = {
      ...duckdbExpressions,
      name: 'shouting',
      column: (node) => `[${node.name.toUpperCase()}]`,
    };
    expect(renderExpr(add(x, t), shouting)).toBe('([X] + [T])');
  });
});
