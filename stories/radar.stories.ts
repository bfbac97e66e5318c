import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { settlesAs, staysLoading } from './support/play.ts';
import { NOT_YET_REPORTED, withTables } from './support/tables.ts';

/**
 * `<pantau-radar>`: a profile over several axes. `value="ikm_profile"` draws the nine IKM
 * elements U1–U9 (core's `ikm_nrr_u1`..`ikm_nrr_u9`) on the NRR scale 1–4; without `axis`, any
 * comma list of measures works the same way. With `axis`, one measure is drawn per value of that
 * column (the six PEKPPP aspects). `series` draws one outline per value, in colour and shape.
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
  axis: string;
  value: string;
  series: string;
  min: number | null;
  max: number | null;
  format: string;
  title: string;
}

function chart(args: Args, table = args.source, source = SOURCES[args.source]): TemplateResult {
  return html`<pantau-dashboard
    lang=${args.lang}
    theme=${args.theme}
    style="display:block;max-width:640px"
  >
    ${source}
    <pantau-radar
      source=${table}
      axis=${args.axis}
      value=${args.value}
      series=${args.series}
      .min=${args.min}
      .max=${args.max}
      format=${args.format}
      title=${args.title}
    ></pantau-radar>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Radar',
  component: 'pantau-radar',
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
    axis: '',
    value: 'ikm_profile',
    series: '',
    min: null,
    max: null,
    format: '',
    title: 'Profil IKM per unsur (U1–U9)',
  },
};
export default meta;

type Story = StoryObj<Args>;

export const IkmProfile: Story = {};
/** The six PEKPPP aspects, one outline per year. */
export const PekpppAspects: Story = {
  args: {
    source: 'pekppp',
    axis: 'aspect',
    value: 'avg(score)',
    series: 'year',
    max: 5,
    format: 'number:2',
    title: 'Aspek PEKPPP per tahun',
  },
};
export const English: Story = { args: { lang: 'en', title: 'IKM profile by element' } };
/** The dark theme: light outlines and rings on the dark surface. */
export const Dark: Story = {
  args: {
    theme: 'dark',
    source: 'pekppp',
    axis: 'aspect',
    value: 'avg(score)',
    series: 'year',
    max: 5,
    format: 'number:2',
    title: 'Aspek PEKPPP per tahun',
  },
};

/** While the source loads: a skeleton, `aria-busy`, "Memuat data…" for screen readers. */
export const Loading: Story = {
  render: (args) => withTables(chart(args, 'menunggu', html``), { pending: ['menunggu'] }),
  play: staysLoading,
};

/** No rows (2025, not surveyed yet): "Tidak ada data", not a collapsed outline. */
export const Empty: Story = {
  render: (args) =>
    withTables(chart(args, 'ikm_2025'), { views: { ikm_2025: NOT_YET_REPORTED.ikm } }),
  args: { title: 'Profil IKM 2025' },
  play: settlesAs('empty'),
};

/** More than eight outlines cannot be told apart: the radar says so instead of drawing them. */
export const TooManySeries: Story = {
  args: { series: 'unit_code', title: 'Terlalu banyak seri' },
  play: settlesAs('error'),
};

/** A column that does not exist: the widget says which. */
export const BadColumn: Story = {
  args: { value: 'avg(u10), avg(u1)', title: 'Kolom salah' },
  play: settlesAs('error'),
};
