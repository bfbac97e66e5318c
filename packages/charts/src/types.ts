/**
 * The contract between the widgets and the renderers. A renderer is a pure function
 * `(data, options, context) -> ChartOutput`: columns in, an SVG (or canvas) node out, together with
 * everything the widget needs to make the drawing accessible (marks for the keyboard, the data
 * table of exactly what is drawn, a text summary). Renderers keep no state, never query, never
 * import `@pantau/core` or Lit: formatting arrives as functions in the context.
 */

export type ChartLang = 'id' | 'en';

/** Pixel size the chart must fit (the widget measures it with a ResizeObserver). */
export interface ChartSize {
  width: number;
  height: number;
}

/** Formats a value for display; `null` must come back as the missing label ("belum input"). */
export type ValueFormatter = (value: number | null) => string;
/** Formats a category or time value on an axis or in a label. */
export type LabelFormatter = (value: unknown) => string;

/** What every renderer receives besides its data and options. */
export interface ChartContext {
  lang: ChartLang;
  size: ChartSize;
  /** Formats measure values (the widget's `format` attribute, in the page's language). */
  formatValue: ValueFormatter;
  /** Formats x/category/time values; default `String(value)`. */
  formatLabel?: LabelFormatter;
  /** The document to create nodes in (tests and the benchmark may pass another). */
  document?: Document;
  /** Accessible name of the chart, usually the widget's title. */
  title?: string;
}

/** A rectangle in the chart's own pixel coordinates (origin at the top-left of the node). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One thing the keyboard can land on: a bar, a point, a cell, a slice. Marks are listed in reading
 * order; arrows move through them (see keyboard.ts).
 */
export interface ChartMark {
  /** Row of the input data this mark draws. */
  index: number;
  /** What a screen reader announces, e.g. "Disdukcapil: 91,20 (A, Sangat Baik)". */
  label: string;
  /** Where to draw the focus ring and anchor the tooltip. */
  box: Box;
  /** For grids (heatmap) and several series: Up/Down move between rows, Left/Right within one. */
  row?: number;
  col?: number;
  /** What selecting the mark (Enter, click) means, e.g. `{ unit_code: 'disdukcapil' }`. */
  selection?: Readonly<Record<string, unknown>>;
}

/** The data-table view: headers and cells as displayed text, exactly the numbers drawn. */
export interface DataTable {
  caption: string;
  headers: string[];
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric?: boolean[];
}

export interface LegendItem {
  label: string;
  color: string;
  /** A non-colour cue (pattern or shape name) so the legend does not rely on colour alone. */
  symbol?: 'square' | 'circle' | 'line' | 'dashed' | 'hatch' | 'triangle' | 'diamond';
  /**
   * Where the item is drawn (swatch and label), in the chart's pixels; absent when the legend is
   * not drawn or left the item out for room. Lets a widget make legend items choosable.
   */
  box?: Box;
}

export interface ChartOutput {
  /** The drawing: an `<svg>`, or a wrapper holding a `<canvas>` for dense charts. */
  node: Element;
  marks: ChartMark[];
  table: DataTable;
  /** One or two sentences naming what matters, e.g. highest, lowest, trend, missing units. */
  summary: string;
  legend?: LegendItem[];
  /**
   * `svg` or `canvas` (lets tests and the benchmark see which path was taken), or `html` for
   * output that is not a drawing (a table): the widget offers no image export for it.
   */
  surface: 'svg' | 'canvas' | 'html';
}

/** A category band (IKM A..D, PEKPPP A..F, IID predicates) as the renderer needs it. */
export interface CategoryBand {
  code: string;
  label: string;
  min: number;
  max: number;
  color: string;
}

/** The category a value falls in, already decided by the widget (from `@pantau/core`'s metrics). */
export interface ValueCategory {
  code: string;
  label: string;
  color: string;
}
