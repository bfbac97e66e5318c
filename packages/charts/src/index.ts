/**
 * @pantau/charts: pure renderers, `(data, options, context) -> ChartOutput`. No DuckDB, no custom
 * elements, no `@pantau/core`: the widgets wire data and formats in.
 */

export type * from './types.ts';
export * from './palette.ts';
export * from './keyboard.ts';
export { svgEl, svgRoot, round, SVG_NS, ensureTitle } from './svg.ts';
export * from './text.ts';
export * from './scales.ts';
export * from './axes.ts';
export * from './summary.ts';
export * from './absent.ts';
export * from './hatch.ts';
export * from './legend.ts';
export * from './calendar.ts';
export * from './time-axis.ts';
export * from './line/m4.ts';
export * from './bars/index.ts';
export * from './canvas.ts';
export * from './line/line.ts';
export { slotEdge, spanAt, spanBox, spanOfValues, type LineSpan } from './line/span.ts';
export { inferInterval, buildAxis, type LineAxis } from './line/data.ts';
export { PERIOD_NOUNS, POINT_NOUN } from './period-nouns.ts';
export * from './kpi/index.ts';
export * from './donut/index.ts';
export * from './gauge/index.ts';
export * from './radar/radar.ts';
export * from './heatmap/heatmap.ts';
export { pivotHeatmap, cellValue, type PivotInput, type PivotOptions } from './heatmap/data.ts';
export { CELL_NOUN } from './heatmap/summary.ts';
export * from './table/table.ts';
