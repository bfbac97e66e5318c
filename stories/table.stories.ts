import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { settlesAs, staysLoading } from './support/play.ts';
import { NOT_YET_REPORTED, withTables } from './support/tables.ts';

/**
 * `<pantau-table>`: one page of rows at a time (ORDER BY, LIMIT/OFFSET and the row count in one
 * query). Click a heading to sort by it, again to reverse; the pager moves between pages.
 * `columns` lists column names or measures with an optional heading after a colon.
 */

const SOURCES: Record<string, TemplateResult> = {
  inovasi: html`<pantau-source
    name="inovasi"
    src="/datasets/banjarmasin/innovations.parquet"
  ></pantau-source>`,
  ikm: html`<pantau-source
    name="ikm"
    src="/datasets/banjarmasin/ikm_responses.parquet"
  ></pantau-source>`,
  units: html`<pantau-source
    name="units"
    src="/datasets/banjarmasin/units.parquet"
  ></pantau-source>`,
};

interface Args {
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  source: string;
  columns: string;
  sort: string;
  pageSize: number;
  title: string;
  description: string;
}

function table(args: Args, name = args.source, source = SOURCES[args.source]): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang} theme=${args.theme}>
    ${source}
    <pantau-table
      source=${name}
      columns=${args.columns}
      sort=${args.sort}
      page-size=${args.pageSize}
      title=${args.title}
      description=${args.description}
    ></pantau-table>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Table',
  component: 'pantau-table',
  render: (args) => table(args),
  play: settlesAs('ready'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    source: { control: 'select', options: Object.keys(SOURCES) },
  },
  args: {
    lang: 'id',
    theme: 'light',
    source: 'inovasi',
    columns:
      'name:Nama inovasi, unit_code:Unit, form:Bentuk, type:Jenis, stage:Tahap, trial_date:Uji coba, verification_status:Status',
    sort: '',
    pageSize: 10,
    title: 'Daftar inovasi daerah',
    description: 'Semua inovasi yang dilaporkan; urutkan dengan mengeklik judul kolom.',
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Innovations, ten to a page; unset dates read "belum input". */
export const Innovations: Story = {};

/** Measures per unit: IKM with its category letter and the number of respondents. */
export const IkmPerUnit: Story = {
  args: {
    source: 'ikm',
    columns: 'unit_code:Unit, ikm:IKM, count(*):Responden',
    sort: 'IKM desc',
    title: 'IKM per unit',
    description: 'Nilai konversi 25–100 dan jumlah responden, 2022–2024.',
  },
};

/** Every column of a table when `columns` is left out. */
export const EveryColumn: Story = {
  args: { source: 'units', columns: '', pageSize: 5, title: 'Unit kerja', description: '' },
};

/** In English. */
export const English: Story = {
  args: { lang: 'en', title: 'Regional innovations', description: 'Click a heading to sort.' },
};

/** The dark theme: rows, headings and pager on the dark surface. */
export const Dark: Story = {
  args: {
    theme: 'dark',
    source: 'ikm',
    columns: 'unit_code:Unit, ikm:IKM, count(*):Responden',
    sort: 'IKM desc',
    title: 'IKM per unit',
    description: 'Nilai konversi 25–100 dan jumlah responden, 2022–2024.',
  },
};

/** While the source loads: a skeleton, `aria-busy`, "Memuat data…" for screen readers. */
export const Loading: Story = {
  render: (args) => withTables(table(args, 'menunggu', html``), { pending: ['menunggu'] }),
  play: staysLoading,
};

/** No rows (no innovation assessed from 2025 yet): "Tidak ada data", not a bare heading row. */
export const Empty: Story = {
  render: (args) =>
    withTables(table(args, 'inovasi_2025'), { views: { inovasi_2025: NOT_YET_REPORTED.inovasi } }),
  args: { title: 'Inovasi yang dinilai mulai 2025', description: '' },
  play: settlesAs('empty'),
};

/** A column that does not exist: the widget says which. */
export const BadColumn: Story = {
  args: { columns: 'name, nama_unit', title: 'Kolom salah' },
  play: settlesAs('error'),
};
