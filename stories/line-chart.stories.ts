import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import '../packages/widgets/src/line-chart/line-chart.define.ts';

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
  return html`<pantau-dashboard lang=${args.lang}>
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
  render: (args) => chart(args, SERVICE, 'layanan'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    interval: { control: 'select', options: ['', 'day', 'week', 'month', 'year'] },
  },
  args: {
    lang: 'id',
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

/** More than 2,000 daily points (five kecamatan x three years): drawn on a canvas. */
export const DailyOnCanvas: Story = {
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

/** A column that does not exist: the widget says so, and how to fix it. */
export const UnknownColumn: Story = {
  args: { x: 'bulan', title: 'Kolom salah', description: '' },
};

/** An interval that is not on the list: refused, never pasted into SQL. */
export const UnknownInterval: Story = {
  args: { interval: 'kuartal', title: 'Interval salah', description: '' },
};

/** Waiting for a source that never comes: the loading skeleton. */
export const Loading: Story = {
  render: (args) => chart(args, html``, 'belum_ada'),
  args: { title: 'Memuat', description: '' },
};
