import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';

/**
 * `<pantau-kpi>`: a headline number with its change against the previous period (arrow, sign
 * and colour together), a sparkline of recent periods, the official category badge (IKM A–D)
 * and progress towards a target. With `time`, the query groups by that period column and keeps
 * the newest `periods` rows.
 */

const SOURCES = html`<pantau-source
    name="ikm"
    src="/datasets/banjarmasin/ikm_responses.parquet"
  ></pantau-source>
  <pantau-source
    name="layanan"
    src="/datasets/banjarmasin/service_performance.parquet"
  ></pantau-source>`;

interface Args {
  lang: 'id' | 'en';
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

function tile(args: Args): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang} style="display:block;max-width:360px">
    ${SOURCES}
    <pantau-kpi
      source=${args.source}
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
  render: tile,
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    compare: { control: 'inline-radio', options: ['', 'previous', 'none'] },
    interval: { control: 'select', options: ['', 'day', 'week', 'month', 'year'] },
    bands: { control: 'select', options: ['', 'ikm', 'pekppp', 'iid', 'none'] },
  },
  args: {
    lang: 'id',
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

/** Median days to complete: lower is better, so a fall shows green with ▼. */
export const LowerIsBetter: Story = {
  args: {
    value: 'median_days',
    label: 'Median hari penyelesaian',
    target: null,
    lowerIsBetter: true,
    title: 'Lama penyelesaian',
  },
};

export const English: Story = { args: { lang: 'en', label: 'Completed on time' } };

/** A column that does not exist: the tile says what went wrong and how to fix it. */
export const BadColumn: Story = { args: { value: 'sum(tidak_ada)', title: 'Kolom salah' } };
