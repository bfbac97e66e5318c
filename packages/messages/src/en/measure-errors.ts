import type { Translation } from '../catalogue.ts';
import type { measureErrors as id } from '../id/measure-errors.ts';

export const measureErrors: Translation<typeof id> = {
  semicolonsNotAllowedMeasure: 'semicolons (;) are not allowed; a measure is a single expression.',
  quoteNotAllowedColumn: (char) =>
    `the quote ${char} is not allowed; column names go in double quotes ("...") and values to filter by belong in a filter.`,
  sqlCommentsNotAllowed: 'SQL comments are not allowed.',
  comparisonsNotAllowedMeasure: (char) =>
    `comparisons (${char}) are not allowed; a measure computes a number, use a filter to select rows.`,
  characterNotAllowed: (char) => `the character ${char} is not allowed.`,
  expressionString: 'the expression must be a string.',
  expressionLongerThanCharacters: (maxMeasureLength) =>
    `the expression is longer than ${maxMeasureLength} characters.`,
  decimalNumberNeedsDigits: 'a decimal number needs digits after the dot (e.g. 3.5).',
  numberSeparatedNameOperator:
    'a number must be separated from a name by an operator; notation such as 1e3 is not supported.',
  doubleQuoteNeverClosed: 'the double quote is never closed.',
  columnNameNotContain: 'a column name must not contain a NUL character.',
  quotedColumnNameNot: 'a quoted column name must not be empty.',
  totalX: 'Total {x}',
  averageX: 'Average {x}',
  minimumX: 'Minimum {x}',
  maximumX: 'Maximum {x}',
  medianX: 'Median {x}',
  countX: 'Count of {x}',
  distinctX: 'Distinct {x}',
  numberRecords: 'Number of records',
  expressionEmpty: 'the expression is empty.',
  closingWithoutOpening: 'closing ")" without an opening "(".',
  cannotAppearHereExpected: (text) =>
    `"${text}" cannot appear here; expected a column name, a number, a function or "(".`,
  aggregateCannotInsideAnother: (text) =>
    `an aggregate cannot be inside another aggregate ("${text}" inside a function).`,
  onlyAllowedCountNot: (fn) => `"*" is only allowed in count(*), not in ${fn}().`,
  takesOneArgumentComma: (fn) =>
    `${fn}() takes one argument; a comma only separates a metric's columns, e.g. ikm("U1", ..., "U9").`,
  argumentsMetricColumnNames: (text, text2) =>
    `the arguments of metric "${text}" must be column names (in double quotes if they contain spaces), not "${text2}".`,
  openingNeverClosed: 'the opening "(" is never closed.',
  commaOnlySeparatesColumns:
    'a comma only separates the columns of a metric, e.g. ikm("U1", ..., "U9"); decimals use a dot (3.5).',
  expectedOperatorEndExpression: (text) =>
    `expected an operator (+ - * /), ")" or the end of the expression, not "${text}".`,
  sqlKeywordNotAllowed: (text) =>
    `the SQL keyword "${text}" is not allowed; a measure is not SQL, and row conditions belong in a filter.`,
  expressionEndsTooEarly:
    'the expression ends too early; a column name, number or function is missing.',
  metricAlreadyAggregateCannot: (name) =>
    `metric "${name}" is already an aggregate and cannot be inside another aggregate function.`,
  argumentsMetricColumnNames2: (name) => `the arguments of metric "${name}" must be column names.`,
  aggregateEGSum:
    'an aggregate (e.g. sum(x)) cannot be combined with a raw column; wrap the column in an aggregate too, e.g. sum(x) + sum(y).',
  column: (nodeName) => `column "${nodeName}"`,
  part: 'this part',
  notNumberOnlyWorks: (what, operator) =>
    `${what.en} is not a number, and ${operator} only works on numbers; use count(), count_distinct(), min() or max().`,
  expressionInvalidAt: (shown, position, problem, allowed) =>
    `Expression "${shown}" is not valid at character ${position}: ${problem.en} ${allowed.en}`,
  expressionTreeInvalid: (problem) =>
    `The expression tree is not valid: ${problem}. Build measures with the measure grammar or Pantau's expression builders.`,
};
