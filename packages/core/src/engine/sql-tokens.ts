/**
 * A small SQL tokenizer for the statement gate: enough of DuckDB's lexical rules (strings, quoted
 * names, comments, dollar quotes) to tell keywords from text, so that the gate judges what a
 * statement does by every keyword in it, never by its first word alone.
 */

export type SqlToken =
  | { kind: 'word'; text: string; upper: string }
  | { kind: 'quoted'; text: string }
  | { kind: 'string' }
  | { kind: 'symbol'; text: string };

/** The statements of `sql` (split at top-level semicolons), each as its tokens; empty ones dropped. */
export function tokenizeStatements(sql: string): SqlToken[][] {
  const statements: SqlToken[][] = [];
  let current: SqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i] as string;
    const next = sql[i + 1];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
    } else if (ch === '/' && next === '*') {
      i = skipBlockComment(sql, i);
    } else if (ch === "'" || ((ch === 'E' || ch === 'e') && next === "'")) {
      i = skipQuoted(sql, ch === "'" ? i : i + 1, "'");
      current.push({ kind: 'string' });
    } else if (ch === '"') {
      const end = skipQuoted(sql, i, '"');
      current.push({ kind: 'quoted', text: sql.slice(i + 1, end - 1).replace(/""/g, '"') });
      i = end;
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i));
      if (tag) {
        const end = sql.indexOf(tag[0], i + tag[0].length);
        i = end === -1 ? sql.length : end + tag[0].length;
        current.push({ kind: 'string' });
      } else {
        current.push({ kind: 'symbol', text: ch });
        i++;
      }
    } else if (ch === ';') {
      if (current.length > 0) statements.push(current);
      current = [];
      i++;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
      const word = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(sql.slice(i))![0];
      current.push({ kind: 'word', text: word, upper: word.toUpperCase() });
      i += word.length;
    } else {
      current.push({ kind: 'symbol', text: ch });
      i++;
    }
  }
  if (current.length > 0) statements.push(current);
  return statements;
}

/** DuckDB's block comments nest. */
function skipBlockComment(sql: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return sql.length;
}

function skipQuoted(sql: string, open: number, quote: string): number {
  let i = open + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else if (quote === "'" && sql[i] === '\\' && sql[open - 1]?.toUpperCase() === 'E') {
      i += 2; // E'...' strings take backslash escapes
    } else {
      i++;
    }
  }
  return sql.length;
}
