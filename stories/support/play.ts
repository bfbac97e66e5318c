import { expect } from 'storybook/test';
import { PantauChartElement, type WidgetStatus } from '@pantau/widgets';
import type { PantauError } from '@pantau/core';

/**
 * Play functions that make each story a test of the state it shows: the story's widgets must reach
 * that state before the a11y addon's axe check runs (it runs after `play`), so axe checks the drawn
 * chart, the empty note or the error, never a skeleton on its way to something else.
 */

type Settled = Exclude<WidgetStatus, 'idle' | 'loading'>;

interface PlayContext {
  canvasElement: HTMLElement;
}

/** What every Pantau widget (charts, tables, tiles, filters) has: a status and a `ready` promise. */
interface Widget extends HTMLElement {
  readonly status: WidgetStatus;
  readonly error: PantauError | null;
  readonly ready: Promise<WidgetStatus>;
  readonly updateComplete: Promise<boolean>;
}

/** The widgets in a story, as `<pantau-dashboard>.ready` counts them (sources are not widgets). */
function widgetsIn(root: Element): Widget[] {
  return [...root.querySelectorAll('*')].filter(
    (el): el is Widget =>
      el.localName.startsWith('pantau-') &&
      el.localName !== 'pantau-source' &&
      el.localName !== 'pantau-dashboard' &&
      'ready' in el &&
      'status' in el,
  );
}

function label(widget: Widget): string {
  const name = widget.title || widget.getAttribute('label') || '';
  return `<${widget.localName}${name ? ` "${name}"` : ''}>`;
}

/**
 * Every widget in the story settles as `status`, or as `others[tag]` for the tags listed there (a
 * broken filter beside a chart that still draws). A drawn chart also has its text summary, an
 * error its alert, an empty widget its "Tidak ada data".
 */
export function settlesAs(status: Settled, others: Partial<Record<string, Settled>> = {}) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const widgets = widgetsIn(canvasElement);
    await expect(widgets.length).toBeGreaterThan(0);
    await Promise.all(widgets.map((widget) => widget.ready));
    const expected = widgets.map((widget) => others[widget.localName] ?? status);
    // A widget in another state says why, so a failing story test reads like the widget would.
    const actual = widgets.map((widget, i) => {
      const why =
        widget.status !== expected[i] && widget.error
          ? ` (${widget.error.code}: ${widget.error.messageIn('en')})`
          : '';
      return `${label(widget)} ${widget.status}${why}`;
    });
    await expect(actual).toEqual(widgets.map((widget, i) => `${label(widget)} ${expected[i]}`));
    for (const [i, widget] of widgets.entries()) {
      const shadow = widget.shadowRoot!;
      if (expected[i] === 'error') {
        await expect(shadow.querySelector('[role="alert"]')?.textContent?.trim()).toBeTruthy();
      } else if (expected[i] === 'empty') {
        await expect(shadow.textContent).toMatch(/Tidak ada data|No data/);
      } else if (widget instanceof PantauChartElement) {
        await expect(shadow.querySelector('[part="summary"]')?.textContent?.trim()).toBeTruthy();
      }
    }
  };
}

/** Every widget is still loading: a busy skeleton, announced as such. */
export async function staysLoading({ canvasElement }: PlayContext): Promise<void> {
  const widgets = widgetsIn(canvasElement);
  await expect(widgets.length).toBeGreaterThan(0);
  // Their table is announced as a load that never finishes (tables.ts `pending`): once the
  // story's files have loaded and the address is read, nothing else is left for them to wait for.
  await Promise.all([...canvasElement.querySelectorAll('pantau-source')].map((s) => s.ready));
  await Promise.all(
    [...canvasElement.querySelectorAll('pantau-dashboard')].map((d) => d.sources.restored),
  );
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  for (const widget of widgets) {
    await expect(widget.status).toBe('loading');
    const base = widget.shadowRoot!.querySelector('[part="base"]');
    await expect(base?.getAttribute('aria-busy')).toBe('true');
  }
}

/** Resolves once `check()` holds, looking again after each change under `root`. */
export async function until<T>(root: Node, check: () => T | null | false): Promise<T> {
  for (;;) {
    let observer!: MutationObserver;
    const changed = new Promise<void>((resolve) => {
      observer = new MutationObserver(() => resolve());
      observer.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    try {
      const found = check();
      if (found) return found;
      await changed;
    } finally {
      observer.disconnect();
    }
  }
}

/**
 * Every widget of the dashboard with a `snapshot` shows the snapshot's figures, unchecked:
 * `status` is `loading`, `provisional` true (and its attribute set), the note in view, busy.
 */
export async function staysProvisional({ canvasElement }: PlayContext): Promise<void> {
  const dashboard = await until(canvasElement, () =>
    canvasElement.querySelector('pantau-dashboard:not([snapshot=""])[snapshot]'),
  );
  const widgets = widgetsIn(dashboard);
  await expect(widgets.length).toBeGreaterThan(0);
  for (const widget of widgets) {
    await until(widget, () => widget.hasAttribute('provisional'));
    await widget.updateComplete;
    await expect(widget.status).toBe('loading');
    await expect((widget as Widget & { provisional: boolean }).provisional).toBe(true);
    const shadow = widget.shadowRoot!;
    await expect(shadow.querySelector('[part="snapshot-note"]')?.textContent).toBeTruthy();
    await expect(shadow.querySelector('[part="base"]')?.getAttribute('aria-busy')).toBe('true');
  }
}

/** The story's charts are drawn, then the first one's menu is opened (axe checks it open). */
export async function opensMenu(context: PlayContext): Promise<void> {
  await settlesAs('ready')(context);
  const chart = widgetsIn(context.canvasElement).find((w) => w instanceof PantauChartElement);
  const shadow = chart!.shadowRoot!;
  shadow.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
  const menu = await until(shadow, () => shadow.querySelector('[part="menu"]'));
  await expect(menu.getAttribute('role')).toBe('menu');
  await expect(shadow.activeElement?.getAttribute('role')).toBe('menuitem');
}
