import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { settlesAs, staysLoading } from './support/play.ts';
import { NOT_YET_REPORTED, withTables } from './support/tables.ts';

/**
 * `<pantau-heatmap>`: units down, periods across, from the Banjarmasin data. Cells nobody
 * reported are hatched and unfilled ("belum input"), never a light shade that reads as low.
 */

const SERVICE = html`<pantau-source
  name="layanan"
  src="/datasets/banjarmasin/service_performance.parquet"
></pantau-source>`;
const APPS = html`<pantau-source
  name="apps"
  src="/datasets/banjarmasin/applications.parquet"
></pantau-source>`;
const IKM = html`<pantau-source
  name="ikm"
  src="/datasets/banjarmasin/ikm_responses.parquet"
></pantau-source>`;

interface Args {
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  x: string;
  y: string;
  value: string;
  interval: string;
  bands: string;
  format: string;
  title: string;
  description: string;
}

function chart(args: Args, source: TemplateResult, name: string): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang} theme=${args.theme}>
    ${source}
    <pantau-heatmap
      source=${name}
      x=${args.x}
      y=${args.y}
      value=${args.value}
      interval=${args.interval}
      bands=${args.bands}
      format=${args.format}
      title=${args.title}
      description=${args.description}
    ></pantau-heatmap>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Heatmap',
  component: 'pantau-heatmap',
  render: (args) => chart(args, APPS, 'apps'),
  play: settlesAs('ready'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    interval: { control: 'select', options: ['', 'day', 'week', 'month', 'year'] },
    bands: { control: 'select', options: ['', 'ikm', 'pekppp', 'iid', 'none'] },
  },
  args: {
    lang: 'id',
    theme: 'light',
    x: 'submitted_at',
    y: 'kecamatan',
    value: 'count(*)',
    interval: 'month',
    bands: '',
    format: '',
    title: 'Permohonan per kecamatan dan bulan',
    description: 'Jumlah permohonan layanan, 2022–2024.',
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Kecamatan x month: values written in the cells. */
export const KecamatanByMonth: Story = {};

/** IKM per unit and year, coloured by its official category with the letter in each cell. */
export const IkmCategories: Story = {
  render: (args) => chart(args, IKM, 'ikm'),
  args: {
    x: 'date',
    y: 'unit_code',
    value: 'ikm',
    interval: 'year',
    title: 'IKM per unit dan tahun',
    description: 'Kategori PermenPANRB 14/2017.',
  },
};

/**
 * Every unit x month (about 2,900 cells): drawn on a canvas, with the same table and keys. Not run
 * as a story test (`!test`): heavy, and tested in packages/widgets/test/heatmap.browser.test.ts.
 */
export const AllUnitsOnCanvas: Story = {
  tags: ['!test'],
  render: (args) => chart(args, SERVICE, 'layanan'),
  args: {
    x: 'month',
    y: 'unit_code',
    value: 'on_time_rate',
    interval: '',
    title: 'Penyelesaian tepat waktu per unit dan bulan',
    description: 'Sel bergaris: belum input.',
  },
};

/** Missing cells next to zero: a real 0 is a light cell with "0", a missing one is hatched. */
export const MissingIsNotZero: Story = {
  render: (args) => {
    const month = (m: number) => new Date(Date.UTC(2024, m - 1, 1));
    const rows = [
      { unit: 'Dinkes', bulan: month(1), aduan: 0 },
      { unit: 'Dinkes', bulan: month(2), aduan: 4 },
      { unit: 'Dinkes', bulan: month(4), aduan: 9 },
      { unit: 'Dinsos', bulan: month(1), aduan: 2 },
      { unit: 'Dinsos', bulan: month(2), aduan: null },
      { unit: 'Dinsos', bulan: month(4), aduan: 12 },
      { unit: '<img src=x onerror=alert(1)>', bulan: month(1), aduan: 5 },
    ];
    return chart(args, html`<pantau-source name="aduan" .rows=${rows}></pantau-source>`, 'aduan');
  },
  args: {
    x: 'bulan',
    y: 'unit',
    value: 'max(aduan)',
    interval: 'month',
    title: 'Pengaduan per bulan',
    description: 'Maret tidak dilaporkan oleh unit mana pun.',
  },
};

/** In English. */
export const English: Story = {
  args: { lang: 'en', title: 'Applications per kecamatan and month', description: '' },
};

/** The dark theme: IKM categories in their light dark-theme colours, letters in the surface colour. */
export const Dark: Story = {
  render: (args) => chart(args, IKM, 'ikm'),
  args: {
    theme: 'dark',
    x: 'date',
    y: 'unit_code',
    value: 'ikm',
    interval: 'year',
    title: 'IKM per unit dan tahun',
    description: 'Kategori PermenPANRB 14/2017.',
  },
};

/** While the source loads: a skeleton, `aria-busy`, "Memuat data…" for screen readers. */
export const Loading: Story = {
  render: (args) => withTables(chart(args, html``, 'menunggu'), { pending: ['menunggu'] }),
  args: { title: 'Memuat', description: '' },
  play: staysLoading,
};

/** No rows (2025, not reported yet): "Tidak ada data", never an empty grid. */
export const Empty: Story = {
  render: (args) =>
    withTables(chart(args, APPS, 'apps_2025'), { views: { apps_2025: NOT_YET_REPORTED.apps } }),
  args: { title: 'Permohonan per kecamatan dan bulan, 2025', description: '' },
  play: settlesAs('empty'),
};

/** A column that does not exist: the widget says so and suggests the right one. */
export const UnknownColumn: Story = {
  args: { y: 'kecamatn', title: 'Kolom salah', description: '' },
  play: settlesAs('error'),
};
