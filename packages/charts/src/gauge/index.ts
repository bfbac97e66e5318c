/** Gauge: one value on its category bands. The public part of the gauge folder. */

export {
  gaugeAngle,
  gaugeCategory,
  gaugeDomain,
  gaugeSegments,
  type GaugeData,
  type GaugeOptions,
  type GaugeSegment,
} from './scale.ts';
export { renderGauge } from './gauge.ts';
export { gaugeSummary } from './summary.ts';
