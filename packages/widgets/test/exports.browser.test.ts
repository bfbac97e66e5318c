// Issue 15, items 2, 5 and 11, over real DuckDB in Chromium: an exported image carries its own
// background, colours, title, period and source in both themes; tables, data tables and CSV
// headers use labels, never expressions; the CSV is `;` and decimal commas for `lang="id"`.
import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard } from '../src/index.ts';
import { rowsToCsv } from '../src/base/export.ts';
import {
  filterDashboard,
  mount,
  oracle,
  redrawn,
  shadow,
  tableCells,
  unmountAll,
} from './support/mount.ts';

const LAYANAN =
  '<pantau-source name="layanan" title="Data layanan Banjarmasin" src="/test/fixtures/layanan.csv"></pantau-source>';

function widget<T extends PantauChartElement = PantauChartElement>(
  root: ParentNode,
  selector: string,
): T {
  const el = root.querySelector<T>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

/** A source of inline rows, loaded before the charts ask. */
async function inlineRows(host: HTMLElement, rows: Record<string, unknown>[]): Promise<void> {
  const source = host.querySelector<HTMLElement & { rows: unknown; ready: Promise<unknown> }>(
    'pantau-source',
  )!;
  source.rows = rows;
  await source.ready;
}

interface Saved {
  name: string;
  blob: Blob;
}

/**
 * What `save()` downloads: the file behind the link it clicks, caught before the browser saves it
 * (the click is the download's own event, not a timer).
 */
async function downloaded(save: () => Promise<void>): Promise<Saved> {
  let caught: Promise<Saved> | null = null;
  const onClick = (e: MouseEvent) => {
    const link = e.target;
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    e.preventDefault();
    const name = link.download;
    caught = fetch(link.href).then(async (r) => ({ name, blob: await r.blob() }));
  };
  document.addEventListener('click', onClick, true);
  try {
    await save();
  } finally {
    document.removeEventListener('click', onClick, true);
  }
  if (caught === null) throw new Error('nothing was downloaded');
  return caught;
}

async function csvOf(save: () => Promise<void>): Promise<string> {
  const { blob } = await downloaded(save);
  // Blob.text() drops a leading BOM; the bytes show whether it is there.
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
}

/** A CSS colour as [r, g, b] (0-255), as the canvas reads it. */
function rgb(colour: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = '#010203';
  context.fillStyle = colour;
  const hex = context.fillStyle;
  if (hex === '#010203' && colour.trim().toLowerCase() !== '#010203')
    throw new Error(`not a colour: ${colour}`);
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(hex);
  if (match === null) throw new Error(`unexpected colour form ${hex}`);
  return [1, 2, 3].map((i) => Number.parseInt(match[i]!, 16)) as [number, number, number];
}

/** WCAG 2.2 contrast ratio. */
function contrast(a: string, b: string): number {
  const luminance = (c: [number, number, number]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

async function svgOf(el: PantauChartElement): Promise<{ text: string; doc: Document }> {
  const { name, blob } = await downloaded(() => el.downloadSvg());
  expect(name).toMatch(/\.svg$/);
  const text = await blob.text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return { text, doc };
}

/** Text drawn on the page's surface (not on a mark's fill), with its fill colour. */
function surfaceTexts(doc: Document): { text: string; fill: string }[] {
  return [...doc.querySelectorAll('text')]
    .filter((t) => !t.closest('.pantau-bars-marks, .pantau-bar-value-inside'))
    .filter((t) => !t.classList.contains('pantau-bar-value-inside'))
    .map((t) => ({
      text: t.textContent ?? '',
      fill: t.closest('[fill]')?.getAttribute('fill') ?? '',
    }));
}

describe('exported images stand alone, in both themes (issue 15, item 2)', () => {
  afterEach(unmountAll);

  for (const [theme, surface] of [
    ['dark', '#111827'],
    ['light', '#ffffff'],
  ] as const) {
    it(`SVG in the ${theme} theme: its own background, resolved colours, readable title, period and source`, async () => {
      const host = mount(`<pantau-dashboard theme="${theme}">${LAYANAN}
        <pantau-line-chart source="layanan" x="bulan" y="sum(diterima)" interval="month"
          title="Permohonan diterima per bulan"></pantau-line-chart>
      </pantau-dashboard>`);
      const el = widget(host, 'pantau-line-chart');
      expect(await el.ready).toBe('ready');
      const { text, doc } = await svgOf(el);
      expect(text).not.toContain('var(');
      const background = doc.querySelector('svg > rect.pantau-export-background');
      expect(background?.getAttribute('fill')?.toLowerCase()).toBe(surface);
      const texts = surfaceTexts(doc);
      const words = texts.map((t) => t.text);
      expect(words).toContain('Permohonan diterima per bulan');
      expect(words).toContain('Jan 2024 – Feb 2024');
      expect(words).toContain('Sumber: Data layanan Banjarmasin');
      expect(words.some((w) => w.startsWith('Pantau · diunduh '))).toBe(true);
      for (const { text: word, fill } of texts) {
        expect({ word, ratio: contrast(fill, surface) >= 4.5 }).toEqual({ word, ratio: true });
      }
    });
  }

  it('PNG in the dark theme: a dark background under light text, not white', async () => {
    const host = mount(`<pantau-dashboard theme="dark" lang="en">${LAYANAN}
      <pantau-bar-chart source="layanan" x="unit" y="sum(diterima)" title="Applications received"></pantau-bar-chart>
    </pantau-dashboard>`);
    const el = widget(host, 'pantau-bar-chart');
    expect(await el.ready).toBe('ready');
    const { name, blob } = await downloaded(() => el.downloadPng());
    expect(name).toBe('applications-received.png');
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixel = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data];
    // Corners and the middle of the bottom margin are backdrop: the dark surface, opaque.
    for (const [x, y] of [
      [2, 2],
      [bitmap.width - 3, 2],
      [2, bitmap.height - 3],
      [Math.round(bitmap.width / 2), bitmap.height - 3],
    ] as const) {
      expect(pixel(x, y)).toEqual([17, 24, 39, 255]);
    }
    // And the words are drawn on it: light pixels in the title's band.
    const title = context.getImageData(0, 0, bitmap.width, 80).data;
    let light = 0;
    for (let i = 0; i < title.length; i += 4) if (title[i]! > 200) light++;
    expect(light).toBeGreaterThan(50);
  });
  it("names the filter's period when the drawing has no dates (a ranking of units)", async () => {
    const host = mount(`<pantau-dashboard>${LAYANAN}
      <pantau-bar-chart source="layanan" x="unit" y="sum(diterima)" title="Per unit"></pantau-bar-chart>
    </pantau-dashboard>`);
    const el = widget(host, 'pantau-bar-chart');
    expect(await el.ready).toBe('ready');
    expect(surfaceTexts((await svgOf(el)).doc).map((t) => t.text)).not.toContain(
      'Jan 2024 – Feb 2024',
    );
    const from = new Date('2024-02-01T00:00:00Z');
    const to = new Date('2024-02-29T00:00:00Z');
    filterDashboard(el, [{ column: 'bulan', predicate: 'between', value: [from, to] }]);
    await redrawn(
      el,
      () => el.data.length > 0 && el.data.every((r) => r['sum(diterima)'] !== 2500),
    );
    const words = surfaceTexts((await svgOf(el)).doc).map((t) => t.text);
    expect(words).toContain('1 Feb 2024 – 29 Feb 2024');
  });

  it('PNG of a dense chart: the canvas layer painted inside the frame, on the dark backdrop', async () => {
    const host = mount(`<pantau-dashboard theme="dark">
      <pantau-source name="padat" title="Data uji"></pantau-source>
      <pantau-heatmap source="padat" x="bulan" y="unit" value="sum(nilai)" interval="month"
        title="Unit per bulan"></pantau-heatmap>
    </pantau-dashboard>`);
    // 50 units x 48 months: 2,400 cells, over the 2,000 that SVG draws.
    const rows = [];
    for (let u = 0; u < 50; u++) {
      for (let m = 0; m < 48; m++) {
        const bulan = new Date(Date.UTC(2021, m, 1));
        rows.push({ unit: `Unit ${String(u).padStart(2, '0')}`, bulan, nilai: (u * 7 + m) % 50 });
      }
    }
    await inlineRows(host, rows);
    const el = widget(host, 'pantau-heatmap');
    expect(await el.ready).toBe('ready');
    expect(shadow(el).querySelector('[part="plot"] canvas')).not.toBeNull();
    const { blob } = await downloaded(() => el.downloadPng());
    const bitmap = await createImageBitmap(blob);
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    expect([...context.getImageData(2, 2, 1, 1).data]).toEqual([17, 24, 39, 255]);
    // The cells: many colours that are neither the backdrop nor the words' grey.
    const middle = context.getImageData(0, bitmap.height * 0.3, bitmap.width, bitmap.height * 0.4);
    const colours = new Set<string>();
    for (let i = 0; i < middle.data.length; i += 4) {
      colours.add(`${middle.data[i]},${middle.data[i + 1]},${middle.data[i + 2]}`);
    }
    expect(colours.size).toBeGreaterThan(20);
  });
});

describe('labels, never raw expressions (issue 15, item 5)', () => {
  afterEach(unmountAll);

  it('a table names quoted columns without quotes and measures in words, on screen and in the CSV', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="survei"></pantau-source>
      <pantau-table source="survei" columns='"Tanggal Survei", Saran, sum(Nilai)' title="Saran"></pantau-table>
    </pantau-dashboard>`);
    await inlineRows(host, [
      { 'Tanggal Survei': new Date('2024-03-01'), Saran: 'Antrean lebih cepat', Nilai: 3.5 },
      { 'Tanggal Survei': new Date('2024-03-01'), Saran: 'Antrean lebih cepat', Nilai: 4 },
      { 'Tanggal Survei': new Date('2024-03-02'), Saran: 'Ruang tunggu; AC', Nilai: 2.25 },
    ]);
    const el = widget(host, 'pantau-table');
    expect(await el.ready).toBe('ready');
    // The headings as read out: the sort arrow beside each is aria-hidden.
    const headings = [...shadow(el).querySelectorAll('.pantau-table thead th')].map((th) => {
      const copy = th.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent?.trim();
    });
    expect(headings).toEqual(['Tanggal Survei', 'Saran', 'Jumlah Nilai']);
    const csv = await csvOf(() => el.downloadCsv());
    expect(csv.split('\r\n')).toEqual([
      'Tanggal Survei;Saran;Jumlah Nilai',
      '2024-03-01;Antrean lebih cepat;7,5',
      '2024-03-02;"Ruang tunggu; AC";2,25',
      '',
    ]);
  });

  it("a chart's data table and CSV use the measure's label and a metric's name", async () => {
    const answers = (u: number) =>
      Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, u]));
    const host = mount(`<pantau-dashboard lang="en">
      <pantau-source name="ikm"></pantau-source>
      <pantau-bar-chart id="nrr" source="ikm" x="unit" y="ikm_nrr_u1" title="NRR U1"></pantau-bar-chart>
      <pantau-bar-chart id="sum" source="ikm" x="unit" y="sum(u2)" title="U2"></pantau-bar-chart>
    </pantau-dashboard>`);
    await inlineRows(host, [
      { unit: 'Dinkes', ...answers(3) },
      { unit: 'Dinkes', ...answers(4) },
      { unit: 'Disdukcapil', ...answers(2) },
    ]);
    const nrr = widget(host, '#nrr');
    const sum = widget(host, '#sum');
    expect(await nrr.ready).toBe('ready');
    expect(await sum.ready).toBe('ready');
    await tableCells(nrr);
    await tableCells(sum);
    const headers = (el: Element) =>
      [...shadow(el).querySelectorAll('[part="table"] thead th')].map((th) =>
        th.textContent?.trim(),
      );
    expect(headers(nrr)).toEqual(['unit', 'NRR U1 Requirements']);
    expect(headers(sum)).toEqual(['unit', 'Total u2']);
    expect((await csvOf(() => nrr.downloadCsv())).split('\r\n')[0]).toBe(
      'unit,NRR U1 Requirements',
    );
    expect((await csvOf(() => sum.downloadCsv())).split('\r\n')[0]).toBe('unit,Total u2');
  });
});

describe('CSV for Indonesian Excel (issue 15, item 11)', () => {
  afterEach(unmountAll);

  const ROWS = [
    { unit: 'Kec. Banjarmasin Tengah; Utara', nilai: 2.345, pembagi: 1 },
    { unit: '=HYPERLINK("http://contoh.test")', nilai: -1.5, pembagi: 1 },
    { unit: 'Nol', nilai: 3, pembagi: 0 },
  ];

  for (const [lang, expected] of [
    [
      'id',
      [
        'unit;Jumlah nilai / Jumlah pembagi',
        '"Kec. Banjarmasin Tengah; Utara";2,35',
        `"'=HYPERLINK(""http://contoh.test"")";-1,5`,
        'Nol;#DIV/0!',
        '',
      ],
    ],
    [
      'en',
      [
        'unit,Total nilai / Total pembagi',
        'Kec. Banjarmasin Tengah; Utara,2.35',
        `"'=HYPERLINK(""http://contoh.test"")",-1.5`,
        'Nol,#DIV/0!',
        '',
      ],
    ],
  ] as const) {
    it(`lang="${lang}": separator, decimals as displayed, quoting, formulas and #DIV/0!`, async () => {
      const host = mount(`<pantau-dashboard lang="${lang}">
        <pantau-source name="rasio"></pantau-source>
        <pantau-bar-chart source="rasio" x="unit" y="sum(nilai) / sum(pembagi)" sort="x"
          title="Rasio"></pantau-bar-chart>
      </pantau-dashboard>`);
      await inlineRows(host, ROWS);
      const el = widget(host, 'pantau-bar-chart');
      expect(await el.ready).toBe('ready');
      const csv = await csvOf(() => el.downloadCsv());
      // No `sep=;` line: it makes Excel ignore the BOM, and Excel set to Indonesian splits on `;`.
      expect(csv.startsWith('sep=')).toBe(false);
      expect(csv.split('\r\n').sort()).toEqual([...expected].sort());
    });
  }

  it('the id file reads back as numbers: separator and decimal commas as a spreadsheet saves them', async () => {
    const host = mount(`<pantau-dashboard lang="id">
      <pantau-source name="rasio"></pantau-source>
      <pantau-bar-chart source="rasio" x="unit" y="sum(nilai) / sum(pembagi)" title="Rasio"></pantau-bar-chart>
    </pantau-dashboard>`);
    // Every figure computable: a column holding `#DIV/0!` reads back as text, as in any reader
    // but a spreadsheet.
    await inlineRows(
      host,
      ROWS.filter((r) => r.pembagi !== 0),
    );
    const el = widget(host, 'pantau-bar-chart');
    expect(await el.ready).toBe('ready');
    const { blob } = await downloaded(() => el.downloadCsv());
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    // Pantau's own CSV reader sniffs `;` and `,` decimals, as for an office's Excel export.
    const info = await dashboard.coordinator.registerSource({
      name: 'kembali',
      data: new File([blob], 'rasio.csv'),
      format: 'csv',
    });
    expect(info.schema.columns.map((c) => c.name)).toEqual([
      'unit',
      'Jumlah nilai / Jumlah pembagi',
    ]);
    expect(info.schema.columns[1]!.type).toMatch(/DOUBLE|DECIMAL/);
    const figures = await oracle(host, 'SELECT "Jumlah nilai / Jumlah pembagi" AS v FROM kembali');
    expect(figures.map((r) => Number(r['v'])).sort((a, b) => a - b)).toEqual([-1.5, 2.35]);
  });

  it('rowsToCsv keeps its defaults for pages that call it: commas, points, every digit', () => {
    const rows = [{ a: 1.23456, b: 'x,y', c: -2 }];
    expect(rowsToCsv(['a', 'b', 'c'], rows)).toBe('\uFEFFa,b,c\r\n1.23456,"x,y",-2\r\n');
    expect(
      rowsToCsv(['a', 'b', 'c'], rows, {
        lang: 'id',
        headers: ['A', 'B; b', 'C'],
        decimals: { a: 2, c: 1 },
      }),
    ).toBe('\uFEFFA;"B; b";C\r\n1,23;x,y;-2\r\n');
  });
});
