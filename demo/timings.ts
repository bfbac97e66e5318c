/**
 * Load timings of the demo, for readers (the footer) and for `npm run bench:render`
 * (`window.__pantauTimings`). All are ms since navigation start, so they add up along the page's
 * life: DuckDB ready, then tables and views, then every widget drawn, then on screen.
 */
import { t, type Lang, type TextKey } from './i18n.ts';

declare global {
  interface Window {
    /** Load timings of the demo, read by `npm run bench:render`. */
    __pantauTimings?: Timings;
  }
}

export interface Timings {
  /** DuckDB (duckdb-wasm) instantiated and locked down. */
  engineMs: number;
  /** Every source table loaded and the demo's views created. */
  sourcesMs: number;
  /** Every widget drawn, empty or failed (`<pantau-dashboard>.ready`). */
  widgetsMs: number;
  /** The frame after that: the drawn dashboard on screen. */
  totalMs: number;
}

export function recordTimings(timings: Timings): void {
  const rounded = Object.fromEntries(
    Object.entries(timings).map(([key, value]) => [key, Math.round(value)]),
  ) as unknown as Timings;
  window.__pantauTimings = rounded;
  console.info('pantau demo timings (ms since navigation start)', rounded);
}

const ROWS: [keyof Timings, TextKey][] = [
  ['engineMs', 'timingEngine'],
  ['sourcesMs', 'timingSources'],
  ['widgetsMs', 'timingWidgets'],
  ['totalMs', 'timingTotal'],
];

/** Writes the timings into a `<dl>`, as text, in the page's language. */
export function showTimings(list: HTMLElement | null, timings: Timings, lang: Lang): void {
  if (list === null) return;
  const number = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB');
  // A page without an engine of its own (server.html) has no engine time to show.
  const shown = ROWS.filter(([key]) => Number.isFinite(timings[key]));
  const items = shown.flatMap(([key, label]) => {
    const dt = document.createElement('dt');
    dt.textContent = t(label, lang);
    const dd = document.createElement('dd');
    dd.textContent = `${number.format(Math.round(timings[key]))} ${t('timingUnit', lang)}`;
    return [dt, dd];
  });
  list.replaceChildren(...items);
}
