// @ts-check
/**
 * The cross-filter gestures of S3 as real pointer input, in the three forms issue 13 asks for
 * (each peer's best case and worst case, not only the one that suits Pantau):
 *
 * - `plan`: spec.mjs's interactionPlan as it is, every gesture on another widget than the last,
 *   with no pause: the pointer arrives and acts at once (what the benchmark always measured);
 * - `dwell`: the same gestures, the pointer resting 500 ms on the target before it acts, so what a
 *   contender starts on pointer entry (Mosaic builds its data-cube indexes then) has had time;
 * - `repeat`: the same gestures grouped by widget, so one widget is gestured again and again (the
 *   unit clicks in a row, then the status clicks, then the brushes): a contender that prepares per
 *   widget pays once per group.
 *
 * And the gesture one second after the first chart's paint, while the page may still be drawing
 * or building (Pantau's idle cube builds).
 */
import { interactionPlan } from './spec.mjs';

export const S3_FORMS = /** @type {const} */ (['plan', 'dwell', 'repeat']);
/** @typedef {typeof S3_FORMS[number]} S3Form */

/** How long the pointer rests on the target in the `dwell` form. */
export const DWELL_MS = 500;
/** When the early gesture comes, after the first chart's paint. */
export const EARLY_GESTURE_MS = 1000;

const KIND_ORDER = { unit: 0, status: 1, brush: 2 };

/**
 * The gestures of one form (`count` of them; the same gestures in every form).
 * @param {S3Form} form
 * @param {number} count
 */
export function formGestures(form, count) {
  const plan = interactionPlan(count);
  if (form !== 'repeat') return plan;
  // A stable sort: within a widget the gestures keep the plan's order.
  return plan
    .map((g, i) => ({ g, i }))
    .sort((a, b) => KIND_ORDER[a.g.kind] - KIND_ORDER[b.g.kind] || a.i - b.i)
    .map(({ g }) => g);
}

/** @typedef {ReturnType<typeof interactionPlan>[number]} Gesture */
/** @typedef {import('./page/measure.ts').Rect} Rect */

const center = (/** @type {Rect} */ r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/**
 * Where a gesture starts and (for a brush) ends, on what the page draws now.
 * @param {import('./page/measure.ts').Targets} targets
 * @param {Gesture} gesture
 */
export function gesturePoints(targets, gesture) {
  if (gesture.kind === 'brush') {
    const line = targets.line;
    if (!line) throw new Error('no month line to brush');
    const y = line.y + line.height / 2;
    return {
      from: { x: line.x + gesture.from * line.width, y },
      to: { x: line.x + gesture.to * line.width, y },
    };
  }
  const bars = gesture.kind === 'unit' ? targets.units : targets.status;
  const bar = bars[Math.min(gesture.index, bars.length - 1)];
  if (!bar) throw new Error(`no ${gesture.kind} bar to click`);
  return { from: center(bar), to: null };
}

/**
 * One gesture as pointer input: onto its start point, an optional rest there, then the click or
 * the 5-step drag. The page times it from the pointerup.
 * @param {import('playwright').Page} page
 * @param {{ from: { x: number, y: number }, to: { x: number, y: number } | null }} points
 * @param {number} dwellMs
 */
export async function performGesture(page, points, dwellMs) {
  await page.mouse.move(points.from.x, points.from.y);
  // The dwell is the scenario (a reader's pointer resting on the chart), not a wait for the page.
  if (dwellMs > 0) await page.waitForTimeout(dwellMs);
  await page.mouse.down();
  if (points.to) await page.mouse.move(points.to.x, points.to.y, { steps: 5 });
  await page.mouse.up();
}
