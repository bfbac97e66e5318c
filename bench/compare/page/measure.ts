/**
 * The one measurement every contender's page uses, so their numbers compare: when the page has
 * painted a change, how long after the input, and how much memory it took. It knows nothing about
 * the contender beyond the small Adapter each page gives it.
 *
 * "Repainted" is observed, not reported by the contender: every DOM change (in the document and in
 * every open shadow root; not in <head>, which draws nothing) stamps the frame after it (requestAnimationFrame, then a posted message,
 * which Chromium runs after that frame's paint and commit; as in bench/render). A change is
 * over when the contender's database has no request in flight and nothing has changed for QUIET_MS.
 */
import { WIDGET_IDS, type WidgetId } from '../spec.mjs';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Targets {
  /** Unit bars in the order drawn (largest first). */
  units: Rect[];
  /** Status bars in the order drawn. */
  status: Rect[];
  /** The drawn extent of the month line (first to last point). */
  line: Rect | null;
}

export interface Adapter {
  /** Loads the table and draws the six widgets; resolves when the table is loaded (not drawn). */
  start(dataUrl: string, size: number): Promise<{ route: string }>;
  /** Whether the widget shows its data (any data: first draw). */
  isDrawn(id: WidgetId): boolean;
  /** Requests in flight to the contender's database (0 when it has none). */
  pending(): number;
  targets(): Targets;
  versions(): Record<string, string>;
  /**
   * Pre-aggregation the contender builds on its own (Pantau's idle cube builds): every build so
   * far, its database time and when it ended (page clock), and builds running now.
   */
  cubeBuilds?(): CubeBuilds;
  /**
   * Drops the answers the contender keeps from earlier gestures (a result cache keyed by query),
   * called before every gesture: each form replays the same gestures, so without it a cache
   * answers the second and third forms' gestures from the first's and S3 times no work at all.
   * What the contender prepared for a widget (Mosaic's data-cube indexes, Pantau's cubes) stays.
   */
  forgetAnswers?(): void | Promise<void>;
}

export interface CubeBuilds {
  builds: { buildMs: number; end: number; rows: number }[];
  pending: number;
}

const QUIET_MS = 150;

let lastMutation = -1;
let lastPaint = -1;
let lastBusy = -1;
let heapPeak = 0;
const observed = new WeakSet<Node>();

function stampPaint(): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      lastPaint = Math.max(lastPaint, performance.now());
      channel.port1.close();
    };
    channel.port2.postMessage(0);
  });
}

/** Watches a root and every open shadow root under it, now and as nodes are added. */
function observe(root: Node): void {
  if (observed.has(root)) return;
  observed.add(root);
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  scan(root);
}

function scan(node: Node): void {
  if (node instanceof Element && node.shadowRoot) observe(node.shadowRoot);
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const shadow = (n as Element).shadowRoot;
    if (shadow) observe(shadow);
  }
}

const observer = new MutationObserver((all) => {
  // What a page adds to <head> draws nothing: a bundler's `<link rel="modulepreload">` for a
  // chunk imported later (Pantau's idle-time chunks) had stamped S2's end up to 170 ms after
  // the last widget was drawn.
  const records = all.filter((r) => r.target !== document.head);
  if (records.length === 0) return;
  lastMutation = performance.now();
  for (const r of records) for (const n of r.addedNodes) scan(n);
  stampPaint();
  onChange();
});

let onChange: () => void = () => undefined;

function sampleHeap(): void {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (memory) heapPeak = Math.max(heapPeak, memory.usedJSHeapSize);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const nextPaint = () =>
  new Promise<number>((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });

/** Waits until the database is idle and the DOM has been still for QUIET_MS, then one frame. */
async function settle(adapter: Adapter, timeoutMs: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    sampleHeap();
    const now = performance.now();
    if (adapter.pending() > 0) lastBusy = now;
    if (now - Math.max(lastMutation, lastBusy, started) >= QUIET_MS) break;
    if (now - started > timeoutMs) throw new Error(`not settled after ${timeoutMs} ms`);
    await sleep(10);
  }
  await nextPaint();
}

/** The end of the last pointer gesture (pointerup), in the page's clock. */
let lastInputAt = -1;
addEventListener('pointerup', (e) => (lastInputAt = e.timeStamp), { capture: true });

export interface LoadResult {
  route: string;
  /** ms since navigation start: the first KPI and the month line painted. */
  firstChart: number;
  /** ms since navigation start: the table loaded into the contender. */
  loaded: number;
  /** ms since navigation start: all six widgets drawn and painted, page settled. */
  allDrawn: number;
  heapPeak: number;
  versions: Record<string, string>;
}

/**
 * Runs the page: loads `?size=` rows through the adapter and exposes `window.__bench` for the
 * Node driver (bench/compare/browser.mjs).
 */
export function installBench(adapter: Adapter): void {
  observe(document);
  const heapTimer = setInterval(sampleHeap, 100);
  const params = new URLSearchParams(location.search);
  const size = Number(params.get('size'));
  const dataUrl = new URL(`/datasets/scale/applications_${size}.parquet`, location.href).href;
  const timeoutMs = Number(params.get('timeout') ?? 600_000);

  let firstChart = -1;
  const firstDrawn = new Promise<number>((resolve) => {
    onChange = () => {
      if (firstChart < 0 && adapter.isDrawn('total') && adapter.isDrawn('months')) {
        firstChart = 0;
        void nextPaint().then((t) => {
          firstChart = t;
          resolve(t);
        });
      }
    };
  });
  const allDrawn = async () => {
    for (;;) {
      if (WIDGET_IDS.every((id) => adapter.isDrawn(id))) return;
      await sleep(10);
    }
  };

  const load = (async (): Promise<LoadResult> => {
    const { route } = await adapter.start(dataUrl, size);
    const loaded = performance.now();
    await Promise.all([firstDrawn, allDrawn()]);
    await settle(adapter, timeoutMs);
    return {
      route,
      firstChart,
      loaded,
      allDrawn: Math.max(lastPaint, firstChart),
      heapPeak,
      versions: adapter.versions(),
    };
  })();
  load.catch(() => clearInterval(heapTimer));

  Object.assign(window, {
    __bench: {
      load,
      /** ms since navigation start of the first chart's paint (S1), before the load settles. */
      firstPainted: firstDrawn,
      /**
       * Resolves once the page clock reaches `at` (ms since navigation start): the scenario's
       * "one second after first paint" is a moment in the page's time, not the driver's.
       */
      until: (at: number) =>
        sleep(Math.max(0, at - performance.now())).then(() => performance.now()),
      cubeBuilds: (): CubeBuilds | null => adapter.cubeBuilds?.() ?? null,
      targets: () => adapter.targets(),
      /** Clears the gesture stamps; call before a gesture. */
      arm: async () => {
        await adapter.forgetAnswers?.();
        lastInputAt = -1;
      },
      /** After a gesture: ms from its pointerup to the last repaint it caused (null: none). */
      async settled(): Promise<{ ms: number | null }> {
        const input = lastInputAt;
        if (input < 0) throw new Error('no pointerup reached the page');
        await settle(adapter, timeoutMs);
        return { ms: lastMutation > input ? lastPaint - input : null };
      },
      /**
       * Waits for whatever a hover started (pre-aggregation) to finish: ms from `since` to the
       * database's last busy moment (0 when the hover sent it nothing).
       */
      async idleSince(since: number): Promise<number> {
        await settle(adapter, timeoutMs);
        return lastBusy > since ? lastBusy - since : 0;
      },
      now: () => performance.now(),
      heapPeak: () => {
        sampleHeap();
        return heapPeak;
      },
    },
  });
}

/** Every element matching `selector` in the document and in open shadow roots. */
export function deepQueryAll(selector: string, root: ParentNode = document): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.shadowRoot)
    found.push(...deepQueryAll(selector, root.shadowRoot));
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll(selector, el.shadowRoot));
  }
  return found;
}

export function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}
