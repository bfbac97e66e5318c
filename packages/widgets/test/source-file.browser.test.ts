import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard, PantauSource } from '../src/index.ts';
import { expectAccessible, mount, shadow, unmountAll, whenShown } from './support/mount.ts';

/**
 * Issue 15 item 15: `<pantau-source>` reads a File the reader picked (property `file`, or its
 * `picker` drop zone), in the browser, into the page's real DuckDB; the size cap still applies.
 */
const OFFICE_CSV = 'unit;diterima\nDisdukcapil;120\nDinkes;80\nDPMPTSP;45\n';
const NEXT_MONTH_CSV = 'unit,diterima\nDisdukcapil,10\nDinkes,99\n';

function officeFile(body = OFFICE_CSV, name = 'rekap-juni.csv'): File {
  return new File([body], name, { type: 'text/csv' });
}

function markup(source: string, dashboard = '<pantau-dashboard>'): string {
  return `${dashboard}${source}
    <pantau-bar-chart id="units" source="mine" x="unit" y="sum(diterima)" title="Permohonan"></pantau-bar-chart>
  </pantau-dashboard>`;
}

/** The source's panel (drop zone, progress, messages), once its lazily loaded code has put it. */
async function panelOf(source: PantauSource): Promise<ShadowRoot> {
  await whenShown(
    source,
    () => (source.shadowRoot?.querySelector('pantau-source-panel') ?? null)?.shadowRoot != null,
  );
  const panel = (source.shadowRoot?.querySelector('pantau-source-panel') ?? null)!;
  await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return shadow(panel);
}

describe('<pantau-source> with a file the reader picks (issue 15 item 15)', () => {
  afterEach(unmountAll);

  it('property file: a File set from script loads and the widgets draw it', async () => {
    const host = mount(markup('<pantau-source name="mine"></pantau-source>'));
    const source = host.querySelector<PantauSource>('pantau-source')!;
    source.file = officeFile();
    const chart = host.querySelector<PantauChartElement>('#units')!;
    expect(await chart.ready).toBe('ready');
    expect(source.info).toMatchObject({ rows: 3, format: 'csv' });
    expect(chart.data.map((row) => row['unit'])).toEqual(['Disdukcapil', 'Dinkes', 'DPMPTSP']);
    expect(chart.data.map((row) => Object.values(row)[1])).toEqual([120, 80, 45]);
    // Without `picker` no file input nor drop zone is shown. (A load slower than 400 ms shows its
    // progress in the same panel, which a busy machine reaches: that is not the picker.)
    const panel = source.shadowRoot?.querySelector('pantau-source-panel')?.shadowRoot ?? null;
    expect(panel?.querySelector('input[type="file"]') ?? null).toBeNull();
    expect(panel?.textContent ?? '').not.toContain('Berkas data Anda');
  });

  it('picker: the labelled file input and the drop zone load the reader’s files', async () => {
    const host = mount(markup('<pantau-source name="mine" picker></pantau-source>'));
    const source = host.querySelector<PantauSource>('pantau-source')!;
    const chart = host.querySelector<PantauChartElement>('#units')!;
    const panel = await panelOf(source);
    const input = panel.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(panel.querySelector('label[for="file"]')?.textContent).toContain('Berkas data Anda');
    expect(panel.textContent).toContain('tidak diunggah');
    await expectAccessible(source);
    // No file yet: the chart waits for one rather than saying the source is missing.
    expect(chart.status).toBe('loading');

    // Keyboard: the input takes focus by Tab like any form field.
    input.blur();
    await userEvent.tab();
    expect(panel.activeElement).toBe(input);
    const chosen = new DataTransfer();
    chosen.items.add(officeFile());
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await chart.ready).toBe('ready');
    expect(chart.data.map((row) => row['unit'])).toEqual(['Disdukcapil', 'Dinkes', 'DPMPTSP']);
    await whenShown(panel.host, () => (panel.textContent ?? '').includes('3 baris'));
    expect(panel.querySelector('[role="status"]')?.textContent).toContain('dimuat: 3 baris');

    // A second file dropped on the zone replaces the table; the chart re-queries.
    const dropped = new DataTransfer();
    dropped.items.add(officeFile(NEXT_MONTH_CSV, 'rekap-juli.csv'));
    const zone = panel.querySelector('[part="drop"]')!;
    zone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }),
    );
    await whenShown(chart, async () => {
      await chart.ready;
      return chart.data.length === 2;
    });
    expect(chart.data.map((row) => Object.values(row)[1])).toEqual([99, 10]);
    expect(source.info?.rows).toBe(2);
  });
});

describe('<pantau-source picker> under max-source-size', () => {
  afterEach(unmountAll);

  it('a picked file over the cap fails with SOURCE_TOO_LARGE, shown in the panel and the widget', async () => {
    const host = mount(
      markup(
        '<pantau-source name="mine" picker></pantau-source>',
        '<pantau-dashboard max-source-size="600" lang="en">',
      ),
    );
    const source = host.querySelector<PantauSource>('pantau-source')!;
    const chart = host.querySelector<PantauChartElement>('#units')!;
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    await dashboard.updateComplete;
    const rows = Array.from({ length: 80 }, (_, i) => `Unit ${i};${i}`).join('\n');
    source.file = officeFile(`unit;diterima\n${rows}\n`, 'besar.csv');
    expect(await chart.ready).toBe('error');
    expect(chart.error?.code).toBe('SOURCE_TOO_LARGE');
    expect(source.error?.code).toBe('SOURCE_TOO_LARGE');
    const panel = await panelOf(source);
    await whenShown(panel.host, () => panel.querySelector('[role="alert"]') !== null);
    expect(panel.querySelector('[role="alert"]')?.textContent).toContain('max-source-size');
  });
});
