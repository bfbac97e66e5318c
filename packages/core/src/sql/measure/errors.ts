/**
 * BAD_EXPRESSION errors for the measure grammar. Every one names the character where things went
 * wrong and ends with what *is* allowed, so that a page author can fix the attribute without
 * reading the docs.
 */

import { MEASURE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError, type BilingualText } from '../../errors/pantau-error.ts';

export const MAX_MEASURE_LENGTH = 1000;

const ALLOWED: BilingualText = {
  id:
    'Yang diizinkan: nama kolom (dalam tanda kutip ganda bila berisi spasi atau tanda baca, mis. ' +
    '"Waktu Proses (hari)"), sum/avg/min/max/median/count/count_distinct(kolom), count(*), ' +
    'metrik bernama (mis. ikm), angka, serta + - * / dan tanda kurung.',
  en:
    'Allowed: column names (in double quotes if they contain spaces or punctuation, e.g. ' +
    '"Waktu Proses (hari)"), sum/avg/min/max/median/count/count_distinct(column), count(*), ' +
    'named metrics (e.g. ikm), numbers, and + - * / with parentheses.',
};

/** Long expressions are cut in messages; the full text stays in `details.expression`. */
function excerpt(expression: string): string {
  return expression.length > 80 ? `${expression.slice(0, 77)}...` : expression;
}

/**
 * @param position 0-based offset of the offending character; messages show it 1-based
 *   ("character 7") because that is how people count.
 */
export function badExpression(
  expression: string,
  position: number,
  problem: BilingualText,
  details: Record<string, unknown> = {},
): PantauError {
  const shown = excerpt(expression);
  return new PantauError({
    code: 'BAD_EXPRESSION',
    text: sayBoth(MEASURE_ERRORS, 'expressionInvalidAt', shown, position + 1, problem, ALLOWED),
    details: { expression, position, ...details },
  });
}
