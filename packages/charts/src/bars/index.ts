/** Bars: a ranking, columns, grouped and stacked series. The public part of the bars folder. */

export type {
  BarMode,
  BarOrientation,
  BarSeries,
  BarsData,
  BarsOptions,
  SeriesBarsData,
  SingleBarsData,
} from './options.ts';
export { chooseOrientation, preferredBarsHeight, stackTotals } from './layout.ts';
export { renderBars } from './bars.ts';
export { targetSentence } from './summary.ts';
