import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import '../packages/widgets/src/heatmap/heatmap.define.ts';

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
  return html`<pantau-dashboard lang=${args.lang}>
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
  render: (args) => chart(args, APPS, 'apps'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    interval: { control: 'select', options: ['', 'day', 'week', 'month', 'year'] },
    bands: { control: 'select', options: ['', 'ikm', 'pekppp', 'iid', 'none'] },
  },
  args: {
    lang: 'id',
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

/** Every unit x month (about 2,900 cells): drawn on a canvas, with the same table and keys. */
export const AllUnitsOnCanvas: Story = {
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

/** A column that does not exist: the widget says so and suggests the right one. */
export const UnknownColumn: Story = {
  args: { y: 'kecamatn', title: 'Kolom salah', description: '' },
};
