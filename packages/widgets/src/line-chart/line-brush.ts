/**
 * Brushing a time range on a line chart, by pointer and by keyboard. A drag across the plot, or
 * Shift+Left/Right from a focused point, marks a span of whole periods (drawn dashed while it is
 * being chosen); releasing the pointer, or Enter, applies it. The brush only reports spans to its
 * chart, which publishes them: it never queries and keeps no copy of the applied range (that is
 * drawn from the dashboard's selection, so a range restored from the URL shows too).
 */

import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../base/style-props.ts';
import {
  NAVIGATION_KEYS,
  nextMarkIndex,
  spanAt,
  spanBox,
  type ChartMark,
  type LineSpan,
  type LineXAxis,
} from '@pantau/charts';

/** What the brush needs from its chart. */
export interface BrushSite {
  /** Where the periods are (null before the first drawing). */
  axis(): LineXAxis | null;
  /** The drawing, whose top-left corner is the origin of the axis' pixels. */
  node(): Element | null;
  marks(): readonly ChartMark[];
  activeMark(): number;
  focusMark(index: number): void;
  /** The span being chosen by keyboard changed (null: given up); say so. */
  preview(span: LineSpan | null): void;
  /** A span was chosen: publish it. */
  apply(span: LineSpan): void;
  /** The brush's look changed (not the chart's data): re-render without redrawing. */
  changed(): void;
}

/** Movement below this is a click on a point, not a drag, px. */
const DRAG_THRESHOLD = 4;
/** Below the plot, the time axis' labels still start a drag, px. */
const AXIS_ROOM = 32;

interface Drag {
  target: HTMLElement;
  pointerId: number;
  /** The drawing's left edge on screen at the start (it does not move during a drag). */
  left: number;
  x0: number;
  x1: number;
  moved: boolean;
}

export class LineBrush {
  #drag: Drag | null = null;
  /** Keyboard range: the axis rows where it started and where it reaches now. */
  #keys: { anchor: number; cursor: number } | null = null;
  /** A drag just ended: the click that follows is not a point's. */
  #afterDrag = false;

  constructor(private readonly site: BrushSite) {}

  /** The span being chosen, by pointer or keys, or null. */
  get pending(): LineSpan | null {
    const axis = this.site.axis();
    if (axis === null) return null;
    if (this.#drag?.moved) return spanAt(axis, this.#drag.x0, this.#drag.x1);
    if (this.#keys !== null) return ordered(this.#keys.anchor, this.#keys.cursor);
    return null;
  }

  pointerDown(e: PointerEvent): void {
    this.#afterDrag = false;
    if (e.button !== 0 || !e.isPrimary) return;
    const axis = this.site.axis();
    const node = this.site.node();
    if (axis === null || node === null || axis.xs.length === 0) return;
    const origin = node.getBoundingClientRect();
    const x = e.clientX - origin.left;
    const y = e.clientY - origin.top;
    const { plot } = axis;
    const inside =
      x >= plot.x &&
      x <= plot.x + plot.width &&
      y >= plot.y &&
      y <= plot.y + plot.height + AXIS_ROOM;
    if (!inside) return;
    const target = e.currentTarget as HTMLElement;
    this.#drag = { target, pointerId: e.pointerId, left: origin.left, x0: x, x1: x, moved: false };
    // Captured, so the drag goes on when the pointer leaves the plot.
    if (target.isConnected) target.setPointerCapture(e.pointerId);
    target.addEventListener('pointermove', this.#onMove);
    target.addEventListener('pointerup', this.#onUp);
    target.addEventListener('pointercancel', this.#onCancel);
  }

  /** True when the click ends a drag (the chart must not also choose the point under it). */
  takeClick(): boolean {
    const taken = this.#afterDrag;
    this.#afterDrag = false;
    return taken;
  }

  /** Shift+Left/Right extends a range from the focused point, Enter applies it, Esc drops it. */
  keyDown(e: KeyboardEvent): boolean {
    const extend =
      e.shiftKey &&
      !e.ctrlKey &&
      !e.metaKey &&
      !e.altKey &&
      (e.key === 'ArrowLeft' || e.key === 'ArrowRight');
    if (extend) return this.#extend(e);
    if (this.#keys === null) return false;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const span = this.pending;
      this.#keys = null;
      this.site.changed();
      if (span !== null) this.site.apply(span);
      return true;
    }
    if (e.key === 'Escape') {
      this.#keys = null;
      this.site.changed();
      this.site.preview(null);
      e.stopPropagation();
      return true;
    }
    // Moving on without Shift lets go of the range, as in a text field; the move itself goes on.
    if (NAVIGATION_KEYS.includes(e.key)) {
      this.#keys = null;
      this.site.changed();
    }
    return false;
  }

  /** Any range in progress is dropped (new data, a new drawing). */
  reset(): void {
    this.#keys = null;
    this.#end();
  }

  /** The dashed band being chosen and the solid band applied (with its label). */
  render(applied: { span: LineSpan; text: string } | null): TemplateResult | typeof nothing {
    const axis = this.site.axis();
    if (axis === null) return nothing;
    const pending = this.pending;
    return html`${applied === null ? nothing : band(axis, applied.span, 'brush-band', applied.text)}
    ${pending === null ? nothing : band(axis, pending, 'brush-band pending', '')}`;
  }

  #extend(e: KeyboardEvent): boolean {
    const marks = this.site.marks();
    const active = this.site.activeMark();
    const here = marks[active];
    // Nothing focused yet: the arrow only lands on the first point, as without Shift.
    if (here?.col === undefined) return false;
    e.preventDefault();
    const anchor = this.#keys?.anchor ?? here.col;
    const next = nextMarkIndex(marks, active, e.key);
    if (next !== active) this.site.focusMark(next);
    this.#keys = { anchor, cursor: marks[next]?.col ?? here.col };
    this.site.changed();
    this.site.preview(this.pending);
    return true;
  }

  readonly #onMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (drag === null || e.pointerId !== drag.pointerId) return;
    const before = this.pending;
    drag.x1 = e.clientX - drag.left;
    if (!drag.moved && Math.abs(drag.x1 - drag.x0) >= DRAG_THRESHOLD) drag.moved = true;
    const after = this.pending;
    if (before?.[0] !== after?.[0] || before?.[1] !== after?.[1]) this.site.changed();
  };

  readonly #onUp = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (drag === null || e.pointerId !== drag.pointerId) return;
    this.#onMove(e);
    const span = drag.moved ? this.pending : null;
    this.#end();
    if (span === null) return;
    this.#afterDrag = true;
    this.site.apply(span);
  };

  readonly #onCancel = (): void => this.#end();

  #end(): void {
    const drag = this.#drag;
    if (drag === null) return;
    drag.target.removeEventListener('pointermove', this.#onMove);
    drag.target.removeEventListener('pointerup', this.#onUp);
    drag.target.removeEventListener('pointercancel', this.#onCancel);
    if (drag.target.hasPointerCapture(drag.pointerId)) {
      drag.target.releasePointerCapture(drag.pointerId);
    }
    this.#drag = null;
    this.site.changed();
  }
}

function ordered(a: number, b: number): LineSpan {
  return a <= b ? [a, b] : [b, a];
}

function band(axis: LineXAxis, span: LineSpan, className: string, text: string): TemplateResult {
  const box = spanBox(axis, span);
  const place = {
    left: `${box.x}px`,
    top: `${box.y}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
  };
  // A band in the right half carries its label on its right edge, so the label stays in view.
  const end = box.x + box.width / 2 > axis.plot.x + axis.plot.width / 2;
  return html`<div
    class=${end ? `${className} end` : className}
    aria-hidden="true"
    style=${styleProps(place)}
  >
    ${text ? html`<span class="brush-label">${text}</span>` : nothing}
  </div>`;
}
