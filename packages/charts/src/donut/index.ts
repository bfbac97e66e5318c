/** Donut: shares of a whole. The public part of the donut folder. */

export { formatShare } from '../number-formats.ts';
export {
  donutLayout,
  type DonutData,
  type DonutLayout,
  type DonutOptions,
  type DonutSlice,
} from './layout.ts';
export { renderDonut } from './donut.ts';
export { donutSummary } from './summary.ts';
export { placeOutside, shareLabel } from './labels.ts';
