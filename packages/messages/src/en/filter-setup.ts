import type { Translation } from '../catalogue.ts';
import type { filterSetup as id } from '../id/filter-setup.ts';

export const filterSetup: Translation<typeof id> = {
  unknownFilterTypeUse: (type, list) => `Unknown filter type "${type}". Use one of: ${list}.`,
  filterNoColumnYet: (table) =>
    `This filter has no column yet: set column="column-name" from table ${table}.`,
  typeRangeNeedsNumeric:
    'type="range" needs a numeric column. For dates use type="date-range"; for text, select or multi-select.',
  typeDateRangeNeeds: 'type="date-range" needs a date column (DATE or TIMESTAMP).',
  optionLabelNameLookup: (label) =>
    `option-label="${label}" must name a lookup table's column as source.column, e.g. option-label="unit.name" with <pantau-source name="unit" key="code">.`,
  optionLimitWholeNumber: (limit) =>
    `The option limit must be a whole number from 1 to 10,000, not ${limit}.`,
  columnType: (columnName, type, need) => `Column "${columnName}" is of type ${type}. ${need.en}`,
  lowEndGreaterThan: `The low end is greater than the high end. Make "From" the smaller value, or swap them.`,
  message: 'From',
  message3: 'To',
  notNumberWriteNumber: (which) =>
    `"${which.en}" is not a number. Write a number such as 12 or 2.5, or leave it empty.`,
  notCompleteDatePick: (which) =>
    `"${which.en}" is not a complete date. Pick a date, or leave it empty.`,
  month: 'This month',
  lastMonth: 'Last month',
  quarter: 'This quarter',
  lastQuarter: 'Last quarter',
  halfYear: 'This half-year',
  lastHalfYear: 'Last half-year',
  year: 'This year',
  lastYear: 'Last year',
};
