import { ENGINE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';
import { tokenizeStatements, type SqlToken } from './sql-tokens.ts';

/**
 * A second wall behind DuckDB's own lock-down. DuckDB already refuses the network and other files;
 * this decides what a statement does from every keyword in it (not its first word: `EXPLAIN
 * ANALYZE INSERT ...` and `WITH t AS (...) DELETE ...` write), so that a read cannot change a
 * table, and even Pantau's own writes cannot define a macro, function or view over a built-in
 * name (`CREATE MACRO sum(a) AS 7` would falsify every sum on the page) or a Pantau name.
 */

export type StatementMode = 'read' | 'write';

/** The statement kinds a read may start with. */
const READ_STARTS = new Set([
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

/** Pantau's own writes: tables (sources, pre-aggregates) and the views a page's code may add. */
const WRITE_STARTS = new Set([...READ_STARTS, 'CREATE', 'DROP', 'INSERT', 'DELETE', 'UPDATE']);

/**
 * Keywords that change data, files, settings or the catalogue, wherever they stand in a read.
 * A column with such a name must be written in double quotes, as SQL requires for most of them.
 */
const WRITE_KEYWORDS = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'TRUNCATE',
  'CREATE',
  'DROP',
  'ALTER',
  'COPY',
  'ATTACH',
  'DETACH',
  'EXPORT',
  'IMPORT',
  'INSTALL',
  'LOAD',
  'FORCE',
  'SET',
  'RESET',
  'PRAGMA',
  'CALL',
  'USE',
  'CHECKPOINT',
  'VACUUM',
  'ANALYZE',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'ABORT',
  'PREPARE',
  'EXECUTE',
  'DEALLOCATE',
  'COMMENT',
]);

/** In any statement: keywords that reach files, settings or other databases. */
const NEVER_KEYWORDS = new Set([
  'COPY',
  'ATTACH',
  'DETACH',
  'EXPORT',
  'IMPORT',
  'INSTALL',
  'LOAD',
  'SET',
  'RESET',
  'PRAGMA',
  'CALL',
  'USE',
  'CHECKPOINT',
  'VACUUM',
  'PREPARE',
  'EXECUTE',
  'DEALLOCATE',
  'SECRET',
]);

/** Table functions that run SQL text of their own, which the gate cannot see into. */
const SQL_RUNNING_FUNCTIONS = new Set(['QUERY', 'QUERY_TABLE']);

/** What `CREATE [OR REPLACE] [TEMP] <kind> name` may define through the write path. */
const DEFINED_KINDS = new Set(['MACRO', 'FUNCTION', 'VIEW', 'TABLE']);

/** A statement that defines something named: what and which name (for the shadow check). */
export interface Definition {
  kind: string;
  name: string;
}

/**
 * Checks `sql` for `mode` and returns what its statements define (CREATE MACRO/FUNCTION/VIEW
 * ...), so that the caller can check those names against the engine's built-in functions.
 */
export function checkStatements(sql: string, mode: StatementMode): Definition[] {
  const statements = tokenizeStatements(sql);
  if (statements.length === 0) {
    throw new PantauError({
      code: 'QUERY_FAILED',
      text: sayBoth(ENGINE_ERRORS, 'emptyQueryThereNo'),
    });
  }
  if (mode === 'read' && statements.length > 1) {
    throw new PantauError({
      code: 'ACCESS_DENIED',
      text: sayBoth(ENGINE_ERRORS, 'queryMayHoldOnly'),
      details: { statements: statements.length },
    });
  }
  const definitions: Definition[] = [];
  for (const tokens of statements) {
    const first = leading(tokens);
    const starts = mode === 'read' ? READ_STARTS : WRITE_STARTS;
    if (!starts.has(first)) throw refused(first, mode);
    const forbidden = mode === 'read' ? WRITE_KEYWORDS : NEVER_KEYWORDS;
    tokens.forEach((token, i) => {
      if (token.kind !== 'word') return;
      if (forbidden.has(token.upper)) throw refused(token.upper, mode);
      const next = tokens[i + 1];
      if (SQL_RUNNING_FUNCTIONS.has(token.upper) && next?.kind === 'symbol' && next.text === '(') {
        throw refused(`${token.upper}()`, mode);
      }
    });
    const definition = definitionOf(tokens);
    if (definition !== null) definitions.push(definition);
  }
  return definitions;
}

/** The statement's first keyword, past opening parentheses. */
function leading(tokens: readonly SqlToken[]): string {
  const token = tokens.find((t) => !(t.kind === 'symbol' && t.text === '('));
  return token?.kind === 'word' ? token.upper : '';
}

/** `CREATE [OR REPLACE] [TEMP|TEMPORARY] kind [IF NOT EXISTS] [schema.]name`, else null. */
function definitionOf(tokens: readonly SqlToken[]): Definition | null {
  const words = tokens.map((t) => (t.kind === 'word' ? t.upper : ''));
  let i = words.indexOf('CREATE');
  if (i !== 0) return null;
  i++;
  if (words[i] === 'OR' && words[i + 1] === 'REPLACE') i += 2;
  if (words[i] === 'TEMP' || words[i] === 'TEMPORARY') i++;
  const kind = words[i] ?? '';
  if (!DEFINED_KINDS.has(kind)) throw refused(`CREATE ${kind}`, 'write');
  i++;
  if (words[i] === 'IF' && words[i + 1] === 'NOT' && words[i + 2] === 'EXISTS') i += 3;
  // The last part of a dotted name is the one that shadows.
  let name = nameAt(tokens[i]);
  while (tokens[i + 1]?.kind === 'symbol' && (tokens[i + 1] as { text: string }).text === '.') {
    i += 2;
    name = nameAt(tokens[i]);
  }
  return { kind, name };
}

function nameAt(token: SqlToken | undefined): string {
  if (token?.kind === 'word' || token?.kind === 'quoted') return token.text;
  return '';
}

/** Names Pantau makes for itself (pre-aggregates, staging tables): nothing else may take them. */
export function isPantauName(name: string): boolean {
  return /^__pantau/i.test(name);
}

/** A definition whose name is a built-in function's or Pantau's own is refused. */
export function shadowRefused(definition: Definition, reason: 'builtin' | 'pantau'): PantauError {
  const what = reason === 'builtin' ? sayBoth(ENGINE_ERRORS, 'builtFunction') : null;
  return new PantauError({
    code: 'ACCESS_DENIED',
    text: sayBoth(ENGINE_ERRORS, 'refusedWouldShadowName', definition.kind, definition.name, what),
    details: { ...definition, reason },
  });
}

function refused(keyword: string, mode: StatementMode): PantauError {
  return new PantauError({
    code: 'ACCESS_DENIED',
    text: sayBoth(ENGINE_ERRORS, 'statementNotAllowedPantau', keyword, mode),
    details: { keyword, mode },
  });
}
