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

import { MEASURE_ERRORS, sayBoth } from '@pantau/messages';
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
    throw badExpression(expression, 0, sayBoth(MEASURE_ERRORS, 'expressionEmpty'));
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
      throw badExpression(
        this.source,
        token.position,
        sayBoth(MEASURE_ERRORS, 'closingWithoutOpening'),
      );
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
        throw badExpression(
          this.source,
          token.position,
          sayBoth(MEASURE_ERRORS, 'cannotAppearHereExpected', token.text),
        );
    }
  }

  /** `name(` has been seen: an aggregate with one argument, or a metric given its columns. */
  private call(name: Token, inAggregate: boolean): MeasureNode {
    const lower = name.text.toLowerCase();
    if (!isAggregateFunction(lower)) return this.metricCall(name);
    if (inAggregate) {
      throw badExpression(
        this.source,
        name.position,
        sayBoth(MEASURE_ERRORS, 'aggregateCannotInsideAnother', name.text),
      );
    }
    const fn: AggregateFunction = lower;
    const open = this.next(); // the "(" peeked by the caller
    if (this.peek()?.kind === '*') {
      const star = this.next();
      if (fn !== 'count') {
        throw badExpression(
          this.source,
          star.position,
          sayBoth(MEASURE_ERRORS, 'onlyAllowedCountNot', fn),
        );
      }
      this.expectClose(open);
      return { kind: 'aggregate', fn, arg: null, position: name.position };
    }
    const arg = this.expression(true);
    if (this.peek()?.kind === ',') {
      throw badExpression(
        this.source,
        this.peek()!.position,
        sayBoth(MEASURE_ERRORS, 'takesOneArgumentComma', fn),
      );
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
          sayBoth(MEASURE_ERRORS, 'argumentsMetricColumnNames', name.text, token.text),
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
      throw badExpression(
        this.source,
        open.position,
        sayBoth(MEASURE_ERRORS, 'openingNeverClosed'),
      );
    }
    throw this.expectedOperator(token);
  }

  private expectedOperator(token: Token): Error {
    if (token.kind === 'name' && SQL_KEYWORDS.has(token.text.toLowerCase())) {
      return this.keyword(token);
    }
    if (token.kind === ',') {
      return badExpression(
        this.source,
        token.position,
        sayBoth(MEASURE_ERRORS, 'commaOnlySeparatesColumns'),
      );
    }
    return badExpression(
      this.source,
      token.position,
      sayBoth(MEASURE_ERRORS, 'expectedOperatorEndExpression', token.text),
    );
  }

  private keyword(token: Token): Error {
    return badExpression(
      this.source,
      token.position,
      sayBoth(MEASURE_ERRORS, 'sqlKeywordNotAllowed', token.text),
      { keyword: token.text },
    );
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token === undefined) {
      throw badExpression(
        this.source,
        this.source.length,
        sayBoth(MEASURE_ERRORS, 'expressionEndsTooEarly'),
      );
    }
    this.index++;
    return token;
  }
}
