import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { settlesAs, until } from './support/play.ts';

/**
 * `<pantau-source>`: loads a file (CSV, Parquet, Arrow, JSON; the format from the extension unless
 * `format` says) or rows given from script into the page's DuckDB, as a table named `name`. It
 * draws nothing itself: these stories show each table through a `<pantau-table>`, and a source
 * that fails shows its error in every widget that reads it, in the page's language.
 */

interface Args {
  lang: 'id' | 'en';
  /** Each story its own table name: a docs page shows them all on one page, and one DuckDB. */
  name: string;
  src: string;
  format: string;
  columns: string;
  title: string;
}

function loaded(args: Args, source?: TemplateResult): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang}>
    ${
      source ??
      html`<pantau-source name=${args.name} src=${args.src} format=${args.format}></pantau-source>`
    }
    <pantau-table source=${args.name} columns=${args.columns} page-size="5" title=${args.title}>
    </pantau-table>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Source',
  component: 'pantau-source',
  render: (args) => loaded(args),
  play: settlesAs('ready'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    format: { control: 'select', options: ['', 'csv', 'parquet', 'arrow', 'json'] },
  },
  args: {
    lang: 'id',
    name: 'unit_parquet',
    src: '/datasets/banjarmasin/units.parquet',
    format: '',
    columns: 'code:Kode, name:Nama unit, kind:Jenis',
    title: 'Unit kerja (Parquet)',
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Parquet, decoded in the browser (hyparquet) and handed to DuckDB as Arrow. */
export const Parquet: Story = {};

/** The same table from CSV, read by DuckDB's own CSV reader. */
export const Csv: Story = {
  args: { name: 'unit_csv', src: '/datasets/banjarmasin/units.csv', title: 'Unit kerja (CSV)' },
};

/**
 * Rows from script (`source.rows = [...]`): a value that is not there reads "belum input", and a
 * name that looks like markup stays text.
 */
export const RowsFromScript: Story = {
  render: (args) =>
    loaded(
      args,
      html`<pantau-source
        name=${args.name}
        .rows=${[
          { unit: 'Disdukcapil', bulan: '2024-01', aduan: 4 },
          { unit: 'Dinkes', bulan: '2024-01', aduan: null },
          { unit: '<img src=x onerror=alert(1)>', bulan: '2024-01', aduan: 2 },
        ]}
      ></pantau-source>`,
    ),
  args: {
    name: 'pengaduan',
    columns: 'unit:Unit, bulan:Bulan, aduan:Pengaduan',
    title: 'Pengaduan per unit',
  },
};

/** A file that is not there: every widget reading the table says so, and how to fix it. */
export const MissingFile: Story = {
  args: {
    name: 'tidak_ada',
    src: '/datasets/banjarmasin/tidak-ada.csv',
    title: 'Berkas tidak ada',
  },
  play: settlesAs('error'),
};

/** The same failure in English. */
export const MissingFileEnglish: Story = {
  args: {
    lang: 'en',
    name: 'missing',
    src: '/datasets/banjarmasin/missing.csv',
    title: 'File not found',
  },
  play: settlesAs('error'),
};

/**
 * `picker`: a drop zone and file button, so an official can look at their own spreadsheet export
 * (CSV, Parquet, Arrow, JSON). The file is read in the browser, never uploaded; `max-source-size`
 * still applies. The widgets wait (loading) until a file is chosen; this story chooses one.
 */
export const Picker: Story = {
  render: (args) => loaded(args, html`<pantau-source name=${args.name} picker></pantau-source>`),
  args: {
    name: 'berkas_saya',
    columns: 'unit:Unit, diterima:Diterima',
    title: 'Berkas Anda',
  },
  play: async (context) => {
    const source = context.canvasElement.querySelector('pantau-source')!;
    // The panel's code loads lazily: wait for the source to put it (in its own shadow root), then
    // for its first render.
    const panel = await until(
      source.shadowRoot!,
      () => source.shadowRoot!.querySelector('pantau-source-panel') ?? null,
    );
    await (panel as Element & { updateComplete: Promise<unknown> }).updateComplete;
    const input = panel.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const chosen = new DataTransfer();
    chosen.items.add(
      new File(['unit;diterima\nDisdukcapil;120\nDinkes;80\n'], 'rekap.csv', { type: 'text/csv' }),
    );
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settlesAs('ready')(context);
  },
};

/**
 * `title` names the data for people who see a chart away from the page: an exported SVG or PNG
 * (the menu's downloads) carries a "Sumber: Unit kerja Kota Banjarmasin" line under the drawing.
 * Without it the line names the file (`units.csv`), else the table.
 */
export const TitledForExports: Story = {
  render: (args) =>
    loaded(
      args,
      html`<pantau-source
        name=${args.name}
        src=${args.src}
        title="Unit kerja Kota Banjarmasin"
      ></pantau-source>`,
    ),
  args: { name: 'unit_titled', src: '/datasets/banjarmasin/units.csv', title: 'Unit kerja' },
};

/**
 * `refresh="1m"`: the file is asked again every minute with a conditional request (ETag or
 * Last-Modified); only a changed file is loaded again, and the widgets keep their drawing and
 * selection while they re-query. Here the file does not change, so nothing moves.
 */
export const RefreshedEveryMinute: Story = {
  render: (args) =>
    loaded(
      args,
      html`<pantau-source name=${args.name} src=${args.src} refresh="1m"></pantau-source>`,
    ),
  args: { name: 'unit_refreshed', src: '/datasets/banjarmasin/units.csv', title: 'Unit kerja' },
};
