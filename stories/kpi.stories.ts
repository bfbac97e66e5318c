import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { settlesAs, staysLoading } from './support/play.ts';
import { NOT_YET_REPORTED, withTables } from './support/tables.ts';

/**
 * `<pantau-kpi>`: a headline number with its change against the previous period (arrow, sign
 * and colour together), a sparkline of recent periods, the official category badge (IKM A–D)
 * and progress towards a target. With `time`, the query groups by that period column and keeps
 * the newest `periods` rows.
 */

// Only the table a story reads is loaded.
const SOURCES: Record<string, TemplateResult> = {
  ikm: html`<pantau-source
    name="ikm"
    src="/datasets/banjarmasin/ikm_responses.parquet"
  ></pantau-source>`,
  layanan: html`<pantau-source
    name="layanan"
    src="/datasets/banjarmasin/service_performance.parquet"
  ></pantau-source>`,
};

interface Args {
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  source: string;
  value: string;
  label: string;
  time: string;
  interval: string;
  compare: string;
  periods: number | null;
  target: number | null;
  bands: string;
  lowerIsBetter: boolean;
  format: string;
  title: string;
}

function tile(args: Args, table = args.source, source = SOURCES[args.source]): TemplateResult {
  return html`<pantau-dashboard
    lang=${args.lang}
    theme=${args.theme}
    style="display:block;max-width:360px"
  >
    ${source}
    <pantau-kpi
      source=${table}
      value=${args.value}
      label=${args.label}
      time=${args.time}
      interval=${args.interval}
      compare=${args.compare}
      .periods=${args.periods}
      .target=${args.target}
      bands=${args.bands}
      ?lower-is-better=${args.lowerIsBetter}
      format=${args.format}
      title=${args.title}
    ></pantau-kpi>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/KPI',
  component: 'pantau-kpi',
  render: (args) => tile(args),
  play: settlesAs('ready'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    source: { control: 'inline-radio', options: Object.keys(SOURCES) },
    periods: { control: 'number' },
    target: { control: 'number' },
    compare: { control: 'inline-radio', options: ['', 'previous', 'none'] },
    interval: { control: 'select', options: ['', 'day', 'week', 'month', 'year'] },
    bands: { control: 'select', options: ['', 'ikm', 'pekppp', 'iid', 'none'] },
  },
  args: {
    lang: 'id',
    theme: 'light',
    source: 'layanan',
    value: 'on_time_rate',
    label: 'Permohonan selesai tepat waktu',
    time: 'month',
    interval: '',
    compare: '',
    periods: 12,
    target: 0.9,
    bands: '',
    lowerIsBetter: false,
    format: '',
    title: 'Ketepatan waktu layanan',
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The latest month against the month before, a year of months, and a 90% target. */
export const OnTimeRate: Story = {};

/** The city's IKM with its A–D category as letter and label. */
export const CityIkm: Story = {
  args: {
    source: 'ikm',
    value: 'ikm',
    label: 'Indeks Kepuasan Masyarakat',
    time: '',
    target: 90,
    title: 'IKM Kota Banjarmasin',
  },
};

/** IKM per year from the survey dates (`interval="year"`): 2024 against 2023. */
export const IkmByYear: Story = {
  args: {
    source: 'ikm',
    value: 'ikm',
    label: 'Indeks Kepuasan Masyarakat',
    time: 'date',
    interval: 'year',
    target: null,
    title: 'IKM Kota per tahun',
  },
};

/**
 * Days to complete (the mean of the services' monthly medians): lower is better, so a fall shows
 * green with ▼. The column is quoted: bare `median_days` is core's metric of that name, which
 * reads single applications (submitted_at, completed_at), not this monthly table.
 */
export const LowerIsBetter: Story = {
  args: {
    value: 'avg("median_days")',
    label: 'Median hari penyelesaian, rata-rata layanan',
    target: null,
    lowerIsBetter: true,
    title: 'Lama penyelesaian',
  },
};

export const English: Story = { args: { lang: 'en', label: 'Completed on time' } };

/** The dark theme: the change in its light positive colour, the target bullet on the dark surface. */
export const Dark: Story = { args: { theme: 'dark' } };

/** While the source loads: a skeleton, `aria-busy`, "Memuat data…" for screen readers. */
export const Loading: Story = {
  render: (args) => withTables(tile(args, 'menunggu', html``), { pending: ['menunggu'] }),
  play: staysLoading,
};

/** No rows (2025, not reported yet): "Tidak ada data", not a zero and not "belum input". */
export const Empty: Story = {
  render: (args) =>
    withTables(tile(args, 'layanan_2025'), { views: { layanan_2025: NOT_YET_REPORTED.layanan } }),
  args: { title: 'Ketepatan waktu layanan 2025' },
  play: settlesAs('empty'),
};

/**
 * A column that does not exist: the tile says what went wrong and how to fix it (the tile grows
 * to hold the whole message).
 */
export const BadColumn: Story = {
  args: { value: 'sum(tidak_ada)', title: 'Kolom salah' },
  play: settlesAs('error'),
};
