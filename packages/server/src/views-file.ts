/**
 * `--views <file.sql>`: the operator's views as a SQL file of `CREATE [OR REPLACE] VIEW name AS
 * SELECT ...;` statements, created in order over the served tables (DuckDB's SQL). The file is
 * the operator's trusted SQL, like `startServer({ views })`; this only splits it into views and
 * says which statement is not one.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import { readFile } from 'node:fs/promises';
import type { ServerView } from './catalogue.ts';
import { serverError } from './errors.ts';

const VIEW =
  /^CREATE\s+(?:OR\s+REPLACE\s+)?VIEW\s+("?)([A-Za-z_][A-Za-z0-9_-]{0,62})\1\s+AS\s+([\s\S]+)$/i;

export async function readViewsFile(file: string): Promise<ServerView[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw serverError('SOURCE_NOT_FOUND', sayBoth(SERVER_ERRORS, 'viewsFileCannotRead', file));
  }
  return parseViews(text, file);
}

export function parseViews(text: string, file: string): ServerView[] {
  return splitStatements(text).map((statement, i) => {
    const match = VIEW.exec(statement);
    if (match === null) {
      const shown = statement.slice(0, 60).replace(/\s+/g, ' ');
      throw serverError(
        'BAD_REQUEST',
        sayBoth(SERVER_ERRORS, 'statementNotCreateView', i + 1, file, shown),
      );
    }
    return { name: match[2]!, sql: match[3]!.trim() };
  });
}

/** Statements split at `;` outside strings, quoted names and comments; empty ones dropped. */
function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const end = skipQuotedOrComment(text, i);
    if (end > i) {
      // Comments become a space; strings and names are kept as written.
      current += text[i] === '-' || text[i] === '/' ? ' ' : text.slice(i, end);
      i = end;
    } else if (char === ';') {
      statements.push(current.trim());
      current = '';
      i += 1;
    } else {
      current += char;
      i += 1;
    }
  }
  statements.push(current.trim());
  return statements.filter((s) => s !== '');
}

/** The index after a string, quoted name or comment starting at `i`; `i` when none starts. */
function skipQuotedOrComment(text: string, i: number): number {
  const two = text.slice(i, i + 2);
  if (two === '--') {
    const end = text.indexOf('\n', i);
    return end === -1 ? text.length : end;
  }
  if (two === '/*') {
    const end = text.indexOf('*/', i + 2);
    return end === -1 ? text.length : end + 2;
  }
  const quote = text[i];
  if (quote !== "'" && quote !== '"') return i;
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === quote) {
      if (text[j + 1] === quote) j += 2;
      else return j + 1;
    } else j += 1;
  }
  return text.length;
}
