export type { BilingualText, Lang } from './lang.ts';
export type { Catalogue, Message, MessageKey, Translation } from './catalogue.ts';
export { say, sayBoth } from './catalogue.ts';
// One module per area, so a bundle puts each area in the chunk of the code that uses it.
export { CALENDAR } from './areas/calendar.ts';
export { UI } from './areas/ui.ts';
export { CHART_WORDS } from './areas/chart-words.ts';
export { TABLE_WORDS } from './areas/table-words.ts';
export { FILTER_WORDS } from './areas/filter-words.ts';
export { SOURCE_PANEL } from './areas/source-panel.ts';
export { BRUSH_WORDS } from './areas/brush-words.ts';
export { CORE_START_WORDS } from './areas/core-start.ts';
export { SOURCE_ERRORS } from './areas/source-errors.ts';
export { MEASURE_ERRORS } from './areas/measure-errors.ts';
export { SQL_ERRORS } from './areas/sql-errors.ts';
export { ENGINE_ERRORS } from './areas/engine-errors.ts';
export { QUERY_ERRORS } from './areas/query-errors.ts';
export { METRIC_WORDS } from './areas/metric-words.ts';
