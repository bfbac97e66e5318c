import { PantauError } from '../errors/pantau-error.ts';

/**
 * A second wall behind DuckDB's own lock-down. DuckDB already refuses the network and other files;
 * this refuses, through Pantau's public API, the statements that write files or change the engine
 * (COPY, ATTACH, EXPORT, INSTALL, SET, PRAGMA...), including inside the source folder that DuckDB
 * itself must allow.
 */

export type StatementMode = 'read' | 'write';

const READ_STATEMENTS = new Set([
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'TABLE',
  'DESCRIBE',
  'DESC',
  'SUMMARIZE',
  'SHOW',
  'EXPLAIN',
  'PIVOT',
  'UNPIVOT',
]);

const WRITE_STATEMENTS = new Set([
  ...READ_STATEMENTS,
  'CREATE',
  'DROP',
  'INSERT',
  'DELETE',
  'UPDATE',
  'ALTER',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
]);

/** Splits SQL into statements at top-level semicolons, skipping strings, quoted names and comments. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    const next = sql[i + 1];
    if (ch === "'" || ch === '"') {
      i = skipQuoted(sql, i, ch);
    } else if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i));
      if (tag) {
        const end = sql.indexOf(tag[0], i + tag[0].length);
        i = end === -1 ? sql.length : end + tag[0].length;
      } else {
        i++;
      }
    } else if (ch === ';') {
      statements.push(sql.slice(start, i));
      i++;
      start = i;
    } else {
      i++;
    }
  }
  statements.push(sql.slice(start));
  return statements.filter((s) => stripComments(s).trim() !== '');
}

function skipQuoted(sql: string, open: number, quote: string): number {
  let i = open + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  return sql.length;
}

function stripComments(statement: string): string {
  return statement.replace(/--[^\n]*(\n|$)/g, ' ').replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ');
}

/** The statement's first keyword, looking past comments and opening parentheses. */
export function leadingKeyword(statement: string): string {
  const match = /^[\s(]*([A-Za-z_]+)/.exec(stripComments(statement));
  return match?.[1]?.toUpperCase() ?? '';
}

export function checkStatements(sql: string, mode: StatementMode): void {
  const statements = splitStatements(sql);
  if (statements.length === 0) {
    throw new PantauError({
      code: 'QUERY_FAILED',
      text: {
        id: 'Kueri kosong: tidak ada SQL untuk dijalankan.',
        en: 'Empty query: there is no SQL to run.',
      },
    });
  }
  if (mode === 'read' && statements.length > 1) {
    throw new PantauError({
      code: 'ACCESS_DENIED',
      text: {
        id: 'Satu kueri hanya boleh berisi satu pernyataan SQL. Hapus titik koma (;) di antara pernyataan.',
        en: 'A query may hold only one SQL statement. Remove the semicolons (;) between statements.',
      },
      details: { statements: statements.length },
    });
  }
  const allowed = mode === 'read' ? READ_STATEMENTS : WRITE_STATEMENTS;
  for (const statement of statements) {
    const keyword = leadingKeyword(statement);
    if (!allowed.has(keyword)) {
      throw new PantauError({
        code: 'ACCESS_DENIED',
        text: {
          id: `Pernyataan ${keyword || '(tidak dikenal)'} tidak diizinkan di Pantau. ${mode === 'read' ? 'Kueri hanya boleh membaca data (SELECT).' : 'Pantau tidak menulis berkas, memasang ekstensi, atau mengubah pengaturan mesin.'}`,
          en: `${keyword || 'This'} statement is not allowed in Pantau. ${mode === 'read' ? 'Queries may only read data (SELECT).' : 'Pantau does not write files, install extensions or change engine settings.'}`,
        },
        details: { keyword, mode },
      });
    }
  }
}
