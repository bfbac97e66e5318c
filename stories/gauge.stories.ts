import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { settlesAs, staysLoading } from './support/play.ts';
import { NOT_YET_REPORTED, withTables } from './support/tables.ts';

/**
 * `<pantau-gauge>`: one value on its official category bands (IKM A–D on 25–100, PEKPPP A–F on
 * 0–5, IID predicates on 0–100) or on bands the page lists. The needle points at the value; its
 * letter and label are written under it, so the reading never depends on colour.
 */

// Only the table a story reads is loaded.
const SOURCES: Record<string, TemplateResult> = {
  ikm: html`<pantau-source
    name="ikm"
    src="/datasets/banjarmasin/ikm_responses.parquet"
  ></pantau-source>`,
  pekppp: html`<pantau-source
    name="pekppp"
    src="/datasets/banjarmasin/pekppp_scores.parquet"
  ></pantau-source>`,
};

interface Args {
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  source: string;
  value: string;
  bands: string;
  min: number | null;
  max: number | null;
  label: string;
  format: string;
  title: string;
}

function chart(args: Args, table = args.source, source = SOURCES[args.source]): TemplateResult {
  return html`<pantau-dashboard
    lang=${args.lang}
    theme=${args.theme}
    style="display:block;max-width:420px"
  >
    ${source}
    <pantau-gauge
      source=${table}
      value=${args.value}
      bands=${args.bands}
      .min=${args.min}
      .max=${args.max}
      label=${args.label}
      format=${args.format}
      title=${args.title}
    ></pantau-gauge>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Gauge',
  component: 'pantau-gauge',
  render: (args) => chart(args),
  play: settlesAs('ready'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    source: { control: 'inline-radio', options: Object.keys(SOURCES) },
    min: { control: 'number' },
    max: { control: 'number' },
  },
  args: {
    lang: 'id',
    theme: 'light',
    source: 'ikm',
    value: 'ikm',
    bands: '',
    min: null,
    max: null,
    label: 'IKM',
    format: '',
    title: 'IKM Kota Banjarmasin',
  },
};
export default meta;

type Story = StoryObj<Args>;

export const CityIkm: Story = {};
/** The mean PEKPPP indicator score (0–5) on the A–F grades. */
export const Pekppp: Story = {
  args: {
    source: 'pekppp',
    value: 'avg(score)',
    bands: 'pekppp',
    label: 'Rata-rata skor indikator',
    format: 'number:2',
    title: 'Skor PEKPPP (semua unit, 2022–2024)',
  },
};
/** Bands written in the attribute: code, range and label, coloured red to green. */
export const ExplicitBands: Story = {
  args: {
    value: 'avg(u4) * 25',
    bands: 'C 25..60 Perlu perbaikan; B 60..85 Cukup; A 85..100 Baik',
    label: 'U4 Biaya/Tarif',
    format: 'number:2',
    title: 'Unsur biaya (skala 25–100)',
  },
};
export const English: Story = { args: { lang: 'en' } };
/** The dark theme: light band colours, the needle and letters in the dark theme's text colour. */
export const Dark: Story = { args: { theme: 'dark' } };

/** While the source loads: a skeleton, `aria-busy`, "Memuat data…" for screen readers. */
export const Loading: Story = {
  render: (args) => withTables(chart(args, 'menunggu', html``), { pending: ['menunggu'] }),
  play: staysLoading,
};

/** No rows (2025, not surveyed yet): "Tidak ada data", the needle never rests at the minimum. */
export const Empty: Story = {
  render: (args) =>
    withTables(chart(args, 'ikm_2025'), { views: { ikm_2025: NOT_YET_REPORTED.ikm } }),
  args: { title: 'IKM Kota Banjarmasin 2025' },
  play: settlesAs('empty'),
};

export const BadColumn: Story = {
  args: { value: 'avg(u10)', bands: 'ikm', title: 'Kolom salah' },
  play: settlesAs('error'),
};
