/**
 * Test helpers for Pantau elements in real Chromium: mount markup, wait for every widget,
 * check accessibility with axe, read what a chart shows.
 */

import axe from 'axe-core';
import { expect } from 'vitest';
import type { PantauChartElement, PantauDashboard } from '../../src/index.ts';
import type { FilterClause } from '@pantau/core';

/** Parses trusted test markup into a fresh container on the page. */
export function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.className = 'test-host';
  host.style.width = '640px';
  // Test markup only: pages never get data through innerHTML.
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

/** The Banjarmasin service-performance table as source `sp`, shared by most dashboard tests. */
export const SERVICES =
  '<pantau-source name="sp" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>';

/** The element with `id` under `host` (a chart unless told), which the test's markup put there. */
export function byId<T extends Element = PantauChartElement>(host: ParentNode, id: string): T {
  return host.querySelector<T>(`#${id}`)!;
}

export function unmountAll(): void {
  for (const host of document.querySelectorAll('.test-host')) host.remove();
}

/** Every Pantau widget under `root` once drawn, empty or failed. */
export async function settled(root: ParentNode): Promise<void> {
  const widgets = [...root.querySelectorAll('*')].filter(
    (el) =>
      el.localName.startsWith('pantau-') &&
      el.localName !== 'pantau-source' &&
      el.localName !== 'pantau-dashboard',
  ) as PantauChartElement[];
  await Promise.all(widgets.map((w) => w.ready));
}

/** axe-core over the element (its shadow DOM included); `region` is off on bare test pages. */
export async function expectAccessible(el: Element): Promise<void> {
  const results = await axe.run(el, { rules: { region: { enabled: false } } });
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(violations).toEqual([]);
}

export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (root === null) throw new Error(`${el.localName} has no shadow root`);
  return root;
}

/**
 * Opens a chart's menu as a reader does (a click on its menu button) and returns it once shown.
 * The menu's code loads on first use, so this waits for the DOM to show it.
 */
export async function openMenu(el: Element): Promise<HTMLElement> {
  const button = shadow(el).querySelector<HTMLButtonElement>('[part="menu-button"]');
  if (button === null) throw new Error(`${el.localName} shows no menu button`);
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await whenShown(el, () => shadow(el).querySelector('[part="menu"]') !== null);
  return shadow(el).querySelector<HTMLElement>('[part="menu"]')!;
}

/**
 * Opens a chart's data table as a reader does (its item in the chart's menu; the rows are
 * rendered only while it is open) and returns it once rendered. It stays open, so later redraws
 * keep it current.
 */
export async function openTable(el: Element): Promise<HTMLElement> {
  const shown = shadow(el).querySelector<HTMLElement>('[part="table"]');
  if (shown !== null && !shown.hidden) return shown;
  // The menu takes focus and gives it to its button: a test reading the table keeps its own.
  const focused = shadow(el).activeElement ?? document.activeElement;
  const toggle = (await openMenu(el)).querySelector<HTMLElement>('[aria-controls]');
  if (toggle === null) throw new Error(`${el.localName} offers no data table`);
  const tableId = toggle.getAttribute('aria-controls') ?? '';
  toggle.click();
  await (el as PantauChartElement).updateComplete;
  if (focused instanceof HTMLElement && focused !== document.body) focused.focus();
  else (shadow(el).activeElement as HTMLElement | null)?.blur();
  const table = shadow(el).getElementById(tableId);
  if (table === null || table.hidden)
    throw new Error(`${el.localName}: the data table did not open`);
  return table;
}

/** The data table's rows as text cells (what the reader gets in the table view, opened). */
export async function tableCells(el: Element): Promise<string[][]> {
  const rows = (await openTable(el)).querySelectorAll('tbody tr');
  return [...rows].map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? ''));
}

/** The live region's current text. */
export function announcement(el: Element): string {
  return shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

export function plot(el: Element): HTMLElement {
  const node = shadow(el).querySelector<HTMLElement>('[part="plot"]');
  if (node === null)
    throw new Error(`${el.localName} shows no plot (status ${(el as PantauChartElement).status})`);
  return node;
}

/**
 * The same numbers asked of DuckDB in SQL written by the test, independently of the widgets,
 * through the dashboard under `host` (so the tables are the ones the widgets read).
 */
export async function oracle(
  host: ParentNode,
  sql: string,
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard');
  if (dashboard === null) throw new Error('oracle: no <pantau-dashboard> under the host');
  return [...(await dashboard.coordinator.query({ sql, params: params as never })).rows()];
}

/**
 * Waits until `el` has settled with `check()` true (a re-query after a filter or a page), looking
 * again each time it renders, however long a busy machine takes (the test's timeout bounds it).
 */
export async function redrawn(el: PantauChartElement, check: () => boolean): Promise<void> {
  await whenShown(el, async () => {
    await el.ready;
    return check();
  });
}

/**
 * Filters `el`'s dashboard as a page script would (`dashboard.filters`): the coordinator then
 * re-queries every widget whose table has the clause's column, `el` among them.
 */
export function filterDashboard(el: Element, clauses: FilterClause[]): void {
  const dashboard = el.closest('pantau-dashboard') as
    (Element & { filters: FilterClause[] }) | null;
  if (dashboard === null) throw new Error('filterDashboard: the element is not in a dashboard');
  dashboard.filters = clauses;
}

/**
 * Resolves once `check()` holds, looking again after each change to what `el` renders (its
 * shadow DOM, or its own children when it has none): a state is shown when the DOM shows it. No
 * clock of its own: the test's timeout bounds the wait, so a busy machine only makes it slower.
 */
export async function whenShown(
  el: Element,
  check: () => boolean | Promise<boolean>,
): Promise<void> {
  if ('updateComplete' in el) await (el as PantauChartElement).updateComplete;
  const target = el.shadowRoot ?? el;
  for (;;) {
    let observer!: MutationObserver;
    // Watching before looking: a change between the look and the watch is not missed.
    const changed = new Promise<void>((resolve) => {
      observer = new MutationObserver(() => resolve());
      observer.observe(target, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    try {
      if (await check()) return;
      await changed;
    } finally {
      observer.disconnect();
    }
  }
}

/**
 * Waits until the dashboard's summary of active filters says `text`, then checks it. The
 * summary's module loads with the first filter, so it can be drawn a little after the widgets.
 */
export async function summaryShows(dashboard: Element, text: string): Promise<void> {
  const summary = () => shadow(dashboard).querySelector('[part="filters"]')?.textContent ?? '';
  await whenShown(dashboard, () => summary().includes(text));
  expect(summary()).toContain(text);
}

/**
 * Resolves once the chart's frame has been measured and the update that follows has run: a
 * chart draws nothing before it knows its size (frame-size.ts), so "could it draw this?" is
 * only answered then. A ResizeObserver's first callback comes in the rendering step after its
 * target's layout, after the element's own observer of the same frame (created earlier).
 */
export async function measured(el: PantauChartElement): Promise<void> {
  await el.updateComplete;
  const frame = shadow(el).querySelector('.frame');
  if (frame === null) throw new Error(`measured: ${el.localName} has no .frame`);
  await new Promise<void>((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(frame);
  });
  while (!(await el.updateComplete));
}
