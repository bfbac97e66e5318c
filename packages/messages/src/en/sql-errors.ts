import type { Translation } from '../catalogue.ts';
import type { sqlErrors as id } from '../id/sql-errors.ts';

export const sqlErrors: Translation<typeof id> = {
  filterObjectColumnPredicate: 'A filter must be an object { column, predicate, value }.',
  unknownPredicateAvailable: (predicate, filterPredicates) =>
    `unknown predicate "${predicate}"; available: ${filterPredicates}.`,
  predicateNeedsListLeast:
    'the in predicate needs a list of at least one value; remove the filter when nothing is selected.',
  listHoldsMostValues: (maxInValues) => `an in list holds at most ${maxInValues} values.`,
  betweenPredicateNeedsLow: 'the between predicate needs [low, high].',
  lowBoundBetweenGreater: 'the low bound of between is greater than the high bound; swap them.',
  containsPredicateNeedsText: 'the contains predicate needs the text to search for.',
  filterColumnNotValid: (column, problem) =>
    `The filter on column "${column}" is not valid: ${problem.en}`,
  valueMissingFindUnreported:
    'the value is missing; to find unreported rows use the is_null predicate.',
  numbersFiniteNotNan: 'numbers must be finite (not NaN or Infinity).',
  textLongerThanCharacters: (maxFilterString) =>
    `the text is longer than ${maxFilterString} characters.`,
  dateInvalid: 'the date is invalid.',
  valueTypeCannotUsed: (value) =>
    `a value of type ${value} cannot be used; use a string, number, boolean or Date.`,
  integerTooLarge: 'the integer is too large.',
  columnHoldsNumbersBut: (value) =>
    `this column holds numbers, but the value is ${value}. Write a number with a decimal dot, e.g. 12.5.`,
  columnHoldsDatesTimes:
    'this column holds dates/times; use a Date or ISO text such as 2024-03-31 or 2024-03-31T08:00:00Z.',
  columnHoldsTrueFalse: 'this column holds true/false; use true or false.',
  columnHoldsTextUse: 'this column holds text; use a string.',
  metricCannotRegistered: (name, problem) => `Metric "${name}" cannot be registered: ${problem.en}`,
  metricNameLettersDigits:
    'a metric name is letters, digits and "_", starting with a letter or "_".',
  nameBelongsAggregateFunction: 'that name belongs to an aggregate function.',
  metricNameAlreadyRegistered: 'a metric with that name is already registered.',
  definitionNeedsExprFunction:
    'the definition needs an expr function (an expression tree, not SQL text) and isAggregate: true.',
  gradeScaleLowerCase: (scale) =>
    `grade scale "${scale}" must be lower-case letters, digits and "-", starting with a letter, and not "none".`,
  gradeScaleNeedsLeast: 'a grade scale needs at least one band, each with min no larger than max.',
  metricTakesNoArguments: (definitionName, label) =>
    `Metric "${definitionName}" (${label.en}) takes no arguments; write its name alone: ${definitionName}.`,
  metricNeedsColumnArguments: (name, count, what, given, example) =>
    `Metric "${name}" needs ${count} column${count === 1 ? '' : 's'} as arguments (${what.en}), not ${given}: ${example.replace(/kolom/g, 'column')}.`,
  metricNeedsColumnWhich: (definitionName, label, names, table, available) =>
    `Metric "${definitionName}" (${label.en}) needs column ${names.en}, which table ${table} does not have. Available columns: ${available.en}.`,
  metricUsesColumnWhich: (definitionName, name) =>
    `Metric "${definitionName}" uses column "${name}", which is not listed in requiredColumns.`,
};
