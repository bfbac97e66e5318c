/**
 * Splits a measure into tokens. The tokenizer is where most hostile input dies: it knows only
 * names, numbers, parentheses, commas and + - * /, so quotes, semicolons, comments and comparison
 * operators never reach the parser.
 *
 * Numbers: `12`, `3.5` and `.5` are accepted (a leading dot is how people type fractions in
 * spreadsheets); `5.`, exponents (`1e3`) and thousands separators are not, so that every number
 * means the same thing in Indonesian and English notation.
 */

import { MEASURE_ERRORS, sayBoth } from '@pantau/messages';
import type { BilingualText } from '../../errors/pantau-error.ts';
import { badExpression, MAX_MEASURE_LENGTH } from './errors.ts';

export type TokenKind =
  | 'number'
  | 'name'
  | 'quoted'
  | '('
  | ')'
  | '+'
  | '-'
  | '*'
  | '/'
  /** Only between a metric's columns, `ikm("U1", ..., "U9")`; the parser refuses it elsewhere. */
  | ',';

export interface Token {
  kind: TokenKind;
  /** For names and numbers the text as written; for quoted names the unescaped name. */
  text: string;
  /** 0-based offset of the token's first character. */
  position: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;
const WHITESPACE = /\s/;

/** Why a character is refused, for the characters people (or attackers) actually type. */
function refusal(char: string, next: string | undefined): BilingualText {
  if (char === ';') {
    return sayBoth(MEASURE_ERRORS, 'semicolonsNotAllowedMeasure');
  }
  if (char === "'" || char === '`') {
    return sayBoth(MEASURE_ERRORS, 'quoteNotAllowedColumn', char);
  }
  if ((char === '-' && next === '-') || (char === '/' && next === '*')) {
    return sayBoth(MEASURE_ERRORS, 'sqlCommentsNotAllowed');
  }
  if ('=<>!'.includes(char)) {
    return sayBoth(MEASURE_ERRORS, 'comparisonsNotAllowedMeasure', char);
  }
  return sayBoth(MEASURE_ERRORS, 'characterNotAllowed', JSON.stringify(char));
}

export function tokenize(expression: string): Token[] {
  if (typeof expression !== 'string') {
    throw badExpression(String(expression), 0, sayBoth(MEASURE_ERRORS, 'expressionString'));
  }
  if (expression.length > MAX_MEASURE_LENGTH) {
    throw badExpression(
      expression,
      MAX_MEASURE_LENGTH,
      sayBoth(MEASURE_ERRORS, 'expressionLongerThanCharacters', MAX_MEASURE_LENGTH),
    );
  }

  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const char = expression[i]!;
    const next = expression[i + 1];
    if (WHITESPACE.test(char)) {
      i++;
    } else if (NAME_START.test(char)) {
      const start = i;
      while (i < expression.length && NAME_PART.test(expression[i]!)) i++;
      tokens.push({ kind: 'name', text: expression.slice(start, i), position: start });
    } else if (DIGIT.test(char) || (char === '.' && next !== undefined && DIGIT.test(next))) {
      const start = i;
      while (i < expression.length && DIGIT.test(expression[i]!)) i++;
      if (expression[i] === '.') {
        i++;
        if (!DIGIT.test(expression[i] ?? '')) {
          throw badExpression(
            expression,
            start,
            sayBoth(MEASURE_ERRORS, 'decimalNumberNeedsDigits'),
          );
        }
        while (i < expression.length && DIGIT.test(expression[i]!)) i++;
      }
      if (i < expression.length && /[A-Za-z_."]/.test(expression[i]!)) {
        throw badExpression(expression, i, sayBoth(MEASURE_ERRORS, 'numberSeparatedNameOperator'));
      }
      tokens.push({ kind: 'number', text: expression.slice(start, i), position: start });
    } else if (char === '"') {
      const { token, end } = readQuoted(expression, i);
      tokens.push(token);
      i = end;
    } else if (char === '(' || char === ')' || char === '+' || char === '*' || char === ',') {
      tokens.push({ kind: char, text: char, position: i });
      i++;
    } else if ((char === '-' && next !== '-') || (char === '/' && next !== '*')) {
      tokens.push({ kind: char, text: char, position: i });
      i++;
    } else {
      throw badExpression(expression, i, refusal(char, next), { character: char });
    }
  }
  return tokens;
}

/**
 * `"Waktu Proses (hari)"`, with `""` standing for one `"`, as in SQL. Returns the token and the
 * offset just past the closing quote.
 */
function readQuoted(expression: string, start: number): { token: Token; end: number } {
  let name = '';
  let i = start + 1;
  for (;;) {
    if (i >= expression.length) {
      throw badExpression(expression, start, sayBoth(MEASURE_ERRORS, 'doubleQuoteNeverClosed'));
    }
    const char = expression[i]!;
    if (char === '"') {
      if (expression[i + 1] === '"') {
        name += '"';
        i += 2;
        continue;
      }
      break;
    }
    if (char === '\0') {
      throw badExpression(expression, i, sayBoth(MEASURE_ERRORS, 'columnNameNotContain'));
    }
    name += char;
    i++;
  }
  if (name.length === 0) {
    throw badExpression(expression, start, sayBoth(MEASURE_ERRORS, 'quotedColumnNameNot'));
  }
  return { token: { kind: 'quoted', text: name, position: start }, end: i + 1 };
}
