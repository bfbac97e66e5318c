/**
 * The draw decision and the drawing it keeps: when an update must draw the answer again (new
 * data, attributes, size; never for what lies over the drawing), the element's module loaded
 * first when it is not there yet, and the drawing patched onto the one on screen. Not a
 * controller: it runs inside the element's `willUpdate`, before the query controller's turn.
 */

import type { PropertyValues, ReactiveControllerHost } from 'lit';
import { ensureTitle, type ChartContext, type ChartOutput } from '@pantau/charts';
import type { PantauError, QueryResult } from '@pantau/core';
import { toError } from '../errors.ts';
import { lazyModule, type LazyModule } from '../lazy-module.ts';
import type { QueryController } from '../query-controller.ts';

const virtual = lazyModule(() => import('./virtual-drawing.ts'));

export interface ChartDrawingOptions<R> {
  query: QueryController;
  /** The element's module (see PantauChartElement.renderer); null: nothing to load. */
  renderer(): LazyModule<R> | null;
  /** The frame's size: zero until measured (nothing is drawn before). */
  size(): { width: number; height: number };
  /** What every drawing is given besides its answer (language, size, formats, title). */
  context(): ChartContext;
  /** The element's drawing (see PantauChartElement.drawChart). */
  draw(result: QueryResult, context: ChartContext, renderer: R): ChartOutput;
  /** A drawing was made with this many marks. */
  drawn(marks: number): void;
}

export class ChartDrawing<R> {
  /** The drawing on screen (kept, dimmed, while a new query runs), or null. */
  output: ChartOutput | null = null;
  /** Why the answer could not be drawn, or null. */
  error: PantauError | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #options: ChartDrawingOptions<R>;
  /** The answer the current drawing shows. */
  #drawnResult: QueryResult | null = null;
  /** What the drawing on screen was written from (virtual-drawing.ts `redraw`). */
  #tree: unknown;
  /** A renderer load under way (one per element; the module itself is shared per tag). */
  #rendererPending = false;
  /** The last failed renderer load and the result it was for: a new result tries again. */
  #rendererFailure: { result: QueryResult; error: PantauError } | null = null;

  constructor(host: ReactiveControllerHost, options: ChartDrawingOptions<R>) {
    this.#host = host;
    this.#options = options;
    // Fetched with the element, so a redraw finds it in and patches the drawing on screen.
    void virtual.load().catch(() => undefined);
  }

  /**
   * Whether this update draws again. An update with no changed property comes from the query
   * controller (new status or data), a renderer that arrived, the dashboard's selection or a
   * controller's own state (focus ring, tooltip, menu, live region). A selection change only
   * re-queries (hostUpdate, next) and re-rings (render): drawing the old answer again first
   * would hold up this widget's query, and every widget's after it in the same batch.
   */
  needed(changed: PropertyValues, overlay: (key: PropertyKey) => boolean): boolean {
    const { query } = this.#options;
    return changed.size === 0
      ? this.output === null || query.status !== 'ready' || query.result !== this.#drawnResult
      : [...changed.keys()].some((key) => !overlay(key));
  }

  draw(): void {
    const { query } = this.#options;
    const result = query.result;
    this.error = null;
    const status = query.status;
    // While a new query runs, the last drawing stays (dimmed) rather than flashing a skeleton.
    if (status === 'loading' || status === 'idle') return;
    if (result === null || status !== 'ready' || this.#options.size().width === 0) {
      this.output = null;
      return;
    }
    const lazy = this.#options.renderer();
    const renderer = lazy?.current;
    if (lazy !== null && renderer === undefined) {
      this.output = null;
      this.#loadRenderer(lazy, result);
      return;
    }
    // A canvas holds pixels: only SVG and HTML (the table's) drawings are patched.
    const onScreen = this.output?.surface === 'canvas' ? null : (this.output?.node ?? null);
    const draw = (document?: Document) =>
      this.#options.draw(result, { ...this.#options.context(), document }, renderer as R);
    try {
      // Redraws go through virtual-drawing.ts (light nodes written onto the drawing on screen);
      // until it is in (or if it cannot load), a drawing replaces the last.
      const redraw = virtual.current?.redraw;
      let drawn: ChartOutput;
      if (redraw)
        [drawn, this.#tree] = redraw(draw, onScreen?.isConnected ? onScreen : null, this.#tree);
      else {
        void virtual.load().catch(() => undefined);
        drawn = draw();
        // An <svg role="img"> needs a name; a chart without a title is named by its summary.
        const svg = svgOf(drawn.node);
        if (svg !== null) ensureTitle(svg, document, drawn.summary);
      }
      this.output = drawn;
      this.#drawnResult = result;
      this.#options.drawn(drawn.marks.length);
    } catch (error) {
      this.output = null;
      this.error = toError(error);
    }
  }

  /** The drawing's <svg>, if it has one. */
  svg(): SVGSVGElement | null {
    return svgOf(this.output?.node ?? null);
  }

  /**
   * Starts the renderer's load and redraws when it lands, with the result current then (a newer
   * query's answer, not the one that started the load). A failed load is this widget's error
   * until a new result arrives.
   */
  #loadRenderer(lazy: LazyModule<R>, result: QueryResult): void {
    if (this.#rendererFailure?.result === result) {
      this.error = this.#rendererFailure.error;
      return;
    }
    if (this.#rendererPending) return;
    this.#rendererPending = true;
    lazy.load().then(
      () => {
        this.#rendererPending = false;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.#rendererFailure = {
          result: this.#options.query.result ?? result,
          error: toError(error),
        };
        this.#rendererPending = false;
        this.#host.requestUpdate();
      },
    );
  }
}

function svgOf(node: Element | null): SVGSVGElement | null {
  if (node instanceof SVGSVGElement) return node;
  return node?.querySelector('svg') ?? null;
}
