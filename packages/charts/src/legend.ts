/**
 * Legends drawn in SVG: a swatch, a symbol (so no item is told apart by colour alone) and the
 * label, wrapping onto more lines when the width runs out; and, for heatmaps, a colour ramp with
 * its range and a separate hatched "belum input" swatch that reads unlike any value on the ramp.
 * Labels go in through textContent (via fittedText), never markup.
 *
 * The parts live in legend/ (symbols, swatch, layout, categorical, ramp); this file names what
 * the chart kinds and the package's index use, so they import one place.
 */

export {
  drawLegend,
  placeLegendItems,
  type LegendBlock,
  type LegendOptions,
} from './legend/categorical.ts';
export { legendLayout, type LegendLayout, type LegendPlacement } from './legend/layout.ts';
export { drawRampLegend, type RampLegendOptions } from './legend/ramp.ts';
export { drawSwatch, SWATCH_SIZE, type SwatchOptions } from './legend/swatch.ts';
export { SERIES_SYMBOLS, seriesSymbol, symbolPath, type LegendSymbol } from './legend/symbols.ts';
