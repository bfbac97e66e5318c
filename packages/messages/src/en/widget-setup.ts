import type { Translation } from '../catalogue.ts';
import type { widgetSetup as id } from '../id/widget-setup.ts';

export const widgetSetup: Translation<typeof id> = {
  targetExample: 'target="0.9" or target="80"',
  lookupCodeColumnMissing: (source, column, key) =>
    `"${source}.${column}" is joined by its code column, but columns holds no single column "${key}", "${source}_${key}" or "..._${key}". Add that code column to columns.`,
  lookupSourceMissing: (source, column) =>
    `"${source}.${column}" names a lookup table "${source}", but this dashboard has no <pantau-source name="${source}" key="...">. Add that source with a key attribute (its code column), or write a column of this table.`,
  timeoutUnknown: (given, source) =>
    `The timeout attribute "${given}" of source "${source}" is not understood. Write a wait between 1 second and 1 hour, for example timeout="30s" or timeout="2m".`,
  refreshUnknown: (shown, source) =>
    `The refresh attribute "${shown}" of source "${source}" is not understood. Write an interval between 10 seconds and 24 hours, for example refresh="30s", refresh="5m" or refresh="1h".`,
  lineXColumnType: (x, type) =>
    `Column x "${x}" is ${type}: a line needs a date or number column. For categories use <pantau-bar-chart>.`,
};
