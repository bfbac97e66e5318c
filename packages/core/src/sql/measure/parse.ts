/**
 * Recursive-descent parser for the measure grammar:
 *
 *   expression := term (("+" | "-") term)*
 *   term       := unary (("*" | "/") unary)*
 *   unary      := "-" unary | primary
 *   primary    := number | name | quoted-name | "(" expression ")"
 *               | aggregate "(" expression ")" | "count" "(" "*" ")"
 *               | metric "(" column ("," column)* ")"
 *
 * Aggregates may not nest: that is a syntax rule here, so `sum(sum(x))` fails before any schema
 * is consulted. Whether a bare name is a metric or a column, and whether `name(...)` names a
 * metric that takes those columns, is decided later by the compiler against its registry (a
 * server checks plans against its own).
 */

import { isAggregateFunction, type AggregateFunction, type MeasureNode } from './ast.ts';
import { badExpression } from './errors.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Words that tell us someone is writing SQL, so the message can say so plainly. */
const SQL_KEYWORDS = new Set([
  'or',
  'and',
  'not',
  'as',
  'is',
  'in',
  'like',
  'select',
  'from',
  'where',
  'union',
  'drop',
  'delete',
  'insert',
  'update',
  'case',
  'when',
  'then',
  'else',
  'end',
  'distinct',
  'null',
]);

export function parseMeasure(expression: string): MeasureNode {
  const tokens = tokenize(expression);
  if (tokens.length === 0) {
    throw badExpression(expression, 0, { id: 'ekspresi kosong.', en: 'the expression is empty.' });
  }
  const parser = new Parser(expression, tokens);
  const tree = parser.expression(false);
  parser.expectEnd();
  return tree;
}

class Parser {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  /** @param inAggregate true while parsing an aggregate's argument, where aggregates are refused. */
  expression(inAggregate: boolean): MeasureNode {
    let left = this.term(inAggregate);
    for (let token = this.peek(); token?.kind === '+' || token?.kind === '-'; token = this.peek()) {
      this.index++;
      const right = this.term(inAggregate);
      left = { kind: 'binary', op: token.kind, left, right, position: token.position };
    }
    return left;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token === undefined) return;
    if (token.kind === ')') {
      throw badExpression(this.source, token.position, {
        id: 'kurung tutup ")" tanpa kurung buka.',
        en: 'closing ")" without an opening "(".',
      });
    }
    throw this.expectedOperator(token);
  }

  private term(inAggregate: boolean): MeasureNode {
    let left = this.unary(inAggregate);
    for (let token = this.peek(); token?.kind === '*' || token?.kind === '/'; token = this.peek()) {
      this.index++;
      const right = this.unary(inAggregate);
      left = { kind: 'binary', op: token.kind, left, right, position: token.position };
    }
    return left;
  }

  private unary(inAggregate: boolean): MeasureNode {
    const token = this.peek();
    if (token?.kind === '-') {
      this.index++;
      return { kind: 'negate', operand: this.unary(inAggregate), position: token.position };
    }
    return this.primary(inAggregate);
  }

  private primary(inAggregate: boolean): MeasureNode {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return { kind: 'number', text: token.text, position: token.position };
      case 'quoted':
        return { kind: 'name', name: token.text, quoted: true, position: token.position };
      case 'name':
        if (this.peek()?.kind === '(') return this.call(token, inAggregate);
        if (SQL_KEYWORDS.has(token.text.toLowerCase())) throw this.keyword(token);
        return { kind: 'name', name: token.text, quoted: false, position: token.position };
      case '(': {
        const inner = this.expression(inAggregate);
        this.expectClose(token);
        return inner;
      }
      default:
        throw badExpression(this.source, token.position, {
          id: `"${token.text}" tidak bisa berada di sini; yang diharapkan nama kolom, angka, fungsi atau "(".`,
          en: `"${token.text}" cannot appear here; expected a column name, a number, a function or "(".`,
        });
    }
  }

  /** `name(` has been seen: an aggregate with one argument, or a metric given its columns. */
  private call(name: Token, inAggregate: boolean): MeasureNode {
    const lower = name.text.toLowerCase();
    if (!isAggregateFunction(lower)) return this.metricCall(name);
    if (inAggregate) {
      throw badExpression(this.source, name.position, {
        id: `agregat tidak boleh di dalam agregat lain ("${name.text}" di dalam fungsi).`,
        en: `an aggregate cannot be inside another aggregate ("${name.text}" inside a function).`,
      });
    }
    const fn: AggregateFunction = lower;
    const open = this.next(); // the "(" peeked by the caller
    if (this.peek()?.kind === '*') {
      const star = this.next();
      if (fn !== 'count') {
        throw badExpression(this.source, star.position, {
          id: `"*" hanya boleh di count(*), bukan di ${fn}().`,
          en: `"*" is only allowed in count(*), not in ${fn}().`,
        });
      }
      this.expectClose(open);
      return { kind: 'aggregate', fn, arg: null, position: name.position };
    }
    const arg = this.expression(true);
    if (this.peek()?.kind === ',') {
      throw badExpression(this.source, this.peek()!.position, {
        id: `${fn}() hanya menerima satu argumen; koma hanya memisahkan kolom metrik, mis. ikm("U1", ..., "U9").`,
        en: `${fn}() takes one argument; a comma only separates a metric's columns, e.g. ikm("U1", ..., "U9").`,
      });
    }
    this.expectClose(open);
    return { kind: 'aggregate', fn, arg, position: name.position };
  }

  /**
   * `ikm("U1 Persyaratan", ..., "U9 Sarana")`: column names only, so a metric's formula stays
   * ours and the page only says which columns it reads. Unknown names fail in the compiler,
   * which knows the registry (and can suggest the closest metric).
   */
  private metricCall(name: Token): MeasureNode {
    const open = this.next(); // the "(" peeked by the caller
    const args: MeasureNode[] = [];
    for (;;) {
      const token = this.next();
      if ((token.kind !== 'name' && token.kind !== 'quoted') || this.peek()?.kind === '(') {
        throw badExpression(
          this.source,
          token.position,
          {
            id: `argumen metrik "${name.text}" harus nama kolom (dalam tanda kutip ganda bila berisi spasi), bukan "${token.text}".`,
            en: `the arguments of metric "${name.text}" must be column names (in double quotes if they contain spaces), not "${token.text}".`,
          },
          { metric: name.text },
        );
      }
      args.push({
        kind: 'name',
        name: token.text,
        quoted: token.kind === 'quoted',
        position: token.position,
      });
      if (this.peek()?.kind !== ',') break;
      this.index++;
    }
    this.expectClose(open);
    return { kind: 'metric', name: name.text, args, position: name.position };
  }

  private expectClose(open: Token): void {
    const token = this.peek();
    if (token?.kind === ')') {
      this.index++;
      return;
    }
    if (token === undefined) {
      throw badExpression(this.source, open.position, {
        id: 'kurung buka "(" tidak ditutup.',
        en: 'the opening "(" is never closed.',
      });
    }
    throw this.expectedOperator(token);
  }

  private expectedOperator(token: Token): Error {
    if (token.kind === 'name' && SQL_KEYWORDS.has(token.text.toLowerCase())) {
      return this.keyword(token);
    }
    if (token.kind === ',') {
      return badExpression(this.source, token.position, {
        id: 'koma hanya memisahkan kolom metrik, mis. ikm("U1", ..., "U9"); desimal ditulis dengan titik (3.5).',
        en: 'a comma only separates the columns of a metric, e.g. ikm("U1", ..., "U9"); decimals use a dot (3.5).',
      });
    }
    return badExpression(this.source, token.position, {
      id: `yang diharapkan operator (+ - * /), ")" atau akhir ekspresi, bukan "${token.text}".`,
      en: `expected an operator (+ - * /), ")" or the end of the expression, not "${token.text}".`,
    });
  }

  private keyword(token: Token): Error {
    return badExpression(
      this.source,
      token.position,
      {
        id: `kata kunci SQL "${token.text}" tidak diizinkan; ukuran bukan SQL, dan syarat baris ditulis sebagai filter.`,
        en: `the SQL keyword "${token.text}" is not allowed; a measure is not SQL, and row conditions belong in a filter.`,
      },
      { keyword: token.text },
    );
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token === undefined) {
      throw badExpression(this.source, this.source.length, {
        id: 'ekspresi berhenti di tengah jalan; masih kurang nama kolom, angka atau fungsi.',
        en: 'the expression ends too early; a column name, number or function is missing.',
      });
    }
    this.index++;
    return token;
  }
}
