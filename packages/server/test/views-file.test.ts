// `--views <file.sql>` and the engine flags. demo/views.sql is the demo's views (demo/views.ts
// `demoViews()`) written out for `npm run serve`; this test fails when the two drift apart, and
// `PANTAU_WRITE_VIEWS=1` rewrites the file from the demo's code.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPantauError, type TableSchema } from '@pantau/core';
import { demoViews } from '../../../demo/views.ts';
import { parseServerArgs } from '../src/index.ts';
import { parseViews, readViewsFile } from '../src/views-file.ts';
import { DATASETS, refusal, serve } from './support.ts';

const VIEWS_FILE = path.resolve(DATASETS, '../../demo/views.sql');

const HEADER = `-- The demo's views for \`npm run serve\` (pantau-server --views demo/views.sql): written from
-- demo/views.ts demoViews() by PANTAU_WRITE_VIEWS=1 npx vitest run --project node
-- packages/server/test/views-file.test.ts. Edit demo/views.ts, not this file.
`;

describe('--views and the engine flags', { timeout: 120_000 }, () => {
  it('splits a file into views at semicolons outside strings, names and comments', () => {
    const views = parseViews(
      `-- units; with names
      CREATE VIEW a AS SELECT 'x;y' AS "semi;colon" FROM t; /* b; */
      create or replace view "b-2" as
        SELECT * FROM a WHERE "semi;colon" <> 'it''s;';`,
      'v.sql',
    );
    expect(views).toEqual([
      { name: 'a', sql: `SELECT 'x;y' AS "semi;colon" FROM t` },
      { name: 'b-2', sql: `SELECT * FROM a WHERE "semi;colon" <> 'it''s;'` },
    ]);
    for (const text of [
      'DROP TABLE t;',
      'CREATE VIEW a AS SELECT 1; SELECT 2',
      'CREATE VIEW "x y" AS SELECT 1',
    ]) {
      const error = refusal(() => parseViews(text, 'v.sql'));
      expect(isPantauError(error) && error.code, text).toBe('BAD_REQUEST');
    }
  });

  it('demo/views.sql is the demo views, and serves the same tables as demoViews()', async () => {
    const fromCode = await serve({ data: DATASETS, views: demoViews() });
    let text: string;
    try {
      const schemaOf = (table: string): TableSchema =>
        fromCode.tables.get(table.toLowerCase())!.schema;
      const statements = demoViews().map((view) => {
        const sql = typeof view.sql === 'string' ? view.sql : view.sql(schemaOf);
        return `CREATE OR REPLACE VIEW ${view.name} AS\n${sql.trim()};\n`;
      });
      text = `${HEADER}\n${statements.join('\n')}`;
      if (process.env['PANTAU_WRITE_VIEWS'] === '1') await writeFile(VIEWS_FILE, text);
      expect(await readFile(VIEWS_FILE, 'utf8')).toBe(text);
      const fromFile = await serve({ data: DATASETS, views: await readViewsFile(VIEWS_FILE) });
      try {
        expect([...fromFile.tables.values()].map((t) => t.schema)).toEqual(
          [...fromCode.tables.values()].map((t) => t.schema),
        );
      } finally {
        await fromFile.close();
      }
    } finally {
      await fromCode.close();
    }
  });

  it('flags: --views, --engine clickhouse with its address and database, and their refusals', () => {
    expect(parseServerArgs(['--data', 'd', '--views', 'v.sql'])).toMatchObject({
      engine: 'duckdb',
      data: 'd',
      viewsFile: 'v.sql',
    });
    expect(
      parseServerArgs([
        '--engine',
        'clickhouse',
        '--clickhouse-url',
        'http://ch:8123/',
        '--clickhouse-database',
        'simonik',
      ]),
    ).toMatchObject({
      engine: 'clickhouse',
      clickhouse: { url: 'http://ch:8123/', database: 'simonik' },
    });
    for (const argv of [
      ['--engine', 'postgres', '--data', 'd'],
      ['--engine', 'clickhouse', '--clickhouse-url', 'http://ch:8123/'],
      ['--engine', 'clickhouse', '--clickhouse-database', 'x'],
      [
        '--engine',
        'clickhouse',
        '--clickhouse-url',
        'u',
        '--clickhouse-database',
        'x',
        '--data',
        'd',
      ],
      ['--data', 'd', '--clickhouse-url', 'http://ch:8123/'],
    ]) {
      const error = refusal(() => parseServerArgs(argv));
      expect(isPantauError(error) && error.code, argv.join(' ')).toBe('BAD_REQUEST');
    }
  });
});
