import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { settlesAs, staysLoading } from './support/play.ts';
import { NOT_YET_REPORTED, withTables } from './support/tables.ts';

/**
 * `<pantau-line-chart>`: a measure over time from the Banjarmasin data, truncated to a period in
 * SQL, one line per series value, a dashed target, and gaps where a period was not reported.
 */

const SERVICE = html`<pantau-source
  name="layanan"
  src="/datasets/banjarmasin/service_performance.parquet"
></pantau-source>`;
const APPS = html`<pantau-source
  name="apps"
  src="/datasets/banjarmasin/applications.parquet"
></pantau-source>`;

interface Args {
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  x: string;
  y: string;
  series: string;
  interval: string;
  target: number | null;
  area: boolean;
  title: string;
  description: string;
}

function chart(args: Args, source: TemplateResult, name: string): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang} theme=${args.theme}>
    ${source}
    <pantau-line-chart
      source=${name}
      x=${args.x}
      y=${args.y}
      series=${args.series}
      interval=${args.interval}
      .target=${args.target}
      ?area=${args.area}
      title=${args.title}
      description=${args.description}
    ></pantau-line-chart>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Line chart',
  component: 'pantau-line-chart',
  render: (args) => chart(args, SERVICE, 'layanan'),
  play: settlesAs('ready'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    interval: { control: 'select', options: ['', 'day', 'week', 'month', 'year'] },
    target: { control: 'number' },
  },
  args: {
    lang: 'id',
    theme: 'light',
    x: 'month',
    y: 'on_time_rate',
    series: '',
    interval: 'month',
    target: 0.9,
    area: false,
    title: 'Penyelesaian tepat waktu per bulan',
    description: 'Semua unit layanan Kota Banjarmasin, 2022–2024. Target 90%.',
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The Simonik view: the city's monthly on-time rate against its 90% target. */
export const OnTimeRateWithTarget: Story = {};

/** Applications per month, one line per kecamatan (shapes and colours tell lines apart). */
export const SeriesByKecamatan: Story = {
  render: (args) => chart(args, APPS, 'apps'),
  args: {
    x: 'submitted_at',
    y: 'count(*)',
    series: 'kecamatan',
    interval: 'month',
    target: null,
    title: 'Permohonan per kecamatan',
    description: 'Jumlah permohonan layanan per bulan.',
  },
};

/** Weekly applications as an area (the axis starts at zero). */
export const WeeklyArea: Story = {
  render: (args) => chart(args, APPS, 'apps'),
  args: {
    x: 'submitted_at',
    y: 'count(*)',
    interval: 'week',
    target: null,
    area: true,
    title: 'Permohonan per pekan',
    description: 'Pekan dimulai hari Senin.',
  },
};

/**
 * More than 2,000 daily points (five kecamatan x three years): drawn on a canvas. Not run as a
 * story test (`!test`): the heaviest story, and the canvas path is tested in
 * packages/charts/test/line.browser.test.ts.
 */
export const DailyOnCanvas: Story = {
  tags: ['!test'],
  render: (args) => chart(args, APPS, 'apps'),
  args: {
    x: 'submitted_at',
    y: 'count(*)',
    series: 'kecamatan',
    interval: 'day',
    target: null,
    title: 'Permohonan harian per kecamatan',
    description: '',
  },
};

/** In English. */
export const English: Story = {
  args: { lang: 'en', title: 'On-time completion per month', description: 'All service units.' },
};

/**
 * Months a unit did not report: the line breaks and the table says "belum input"; a point
 * standing alone is a dot. Rows given as JS data, with a unit name that looks like markup.
 */
export const GapsAndHostileNames: Story = {
  render: (args) => {
    const month = (m: number) => new Date(Date.UTC(2024, m - 1, 1));
    const rows = [
      ...[1, 2, 3, 5, 7, 8, 9, 11, 12].map((m) => ({
        unit: 'Dinkes',
        bulan: month(m),
        skor: 80 + m,
      })),
      ...[1, 2, 3, 4, 5, 6, 8, 10, 11, 12].map((m) => ({
        unit: '<img src=x onerror=alert(1)>',
        bulan: month(m),
        skor: m === 6 ? null : 70 + m * 1.5,
      })),
    ];
    return chart(args, html`<pantau-source name="skor" .rows=${rows}></pantau-source>`, 'skor');
  },
  args: {
    x: 'bulan',
    y: 'max(skor)',
    series: 'unit',
    interval: 'month',
    target: 85,
    title: 'Skor per bulan',
    description: 'Bulan yang belum diisi tampil sebagai celah.',
  },
};

/** The dark theme: light series colours and a light target line on the dark surface. */
export const Dark: Story = {
  render: (args) => chart(args, APPS, 'apps'),
  args: {
    theme: 'dark',
    x: 'submitted_at',
    y: 'count(*)',
    series: 'channel',
    interval: 'month',
    target: null,
    title: 'Permohonan per bulan dan kanal',
    description: 'Daring dan luring, 2022–2024.',
  },
};

const IKM = html`<pantau-source
  name="ikm"
  src="/datasets/banjarmasin/ikm_responses.parquet"
></pantau-source>`;

/**
 * An IKM trend on the regulation's A-D bands (`bands="ikm"`), labelled "B · Baik" in the drawing
 * and named in the summary; its change reads in points ("naik 1,20 poin").
 */
export const IkmOnBands: Story = {
  render: (args) =>
    html`<pantau-dashboard lang=${args.lang} theme=${args.theme}>
      ${IKM}
      <pantau-line-chart
        source="ikm"
        x="date"
        interval="month"
        y="ikm"
        bands="ikm"
        title=${args.title}
        description=${args.description}
      ></pantau-line-chart>
    </pantau-dashboard>`,
  args: { title: 'IKM Kota per bulan', description: 'Pita kategori A-D, PermenPANRB 14/2017.' },
};

/** While the source loads: a skeleton, `aria-busy`, "Memuat data…" for screen readers. */
export const Loading: Story = {
  render: (args) => withTables(chart(args, html``, 'menunggu'), { pending: ['menunggu'] }),
  args: { title: 'Memuat', description: '' },
  play: staysLoading,
};

/** No rows (2025, not reported yet): "Tidak ada data", never an empty axis. */
export const Empty: Story = {
  render: (args) =>
    withTables(chart(args, SERVICE, 'layanan_2025'), {
      views: { layanan_2025: NOT_YET_REPORTED.layanan },
    }),
  args: { title: 'Penyelesaian tepat waktu 2025', description: '' },
  play: settlesAs('empty'),
};

/** A column that does not exist: the widget says so, and how to fix it. */
export const UnknownColumn: Story = {
  args: { x: 'bulan', title: 'Kolom salah', description: '' },
  play: settlesAs('error'),
};

/** An interval that is not on the list: refused, never pasted into SQL. */
export const UnknownInterval: Story = {
  args: { interval: 'kuartal', title: 'Interval salah', description: '' },
  play: settlesAs('error'),
};
