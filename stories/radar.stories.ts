import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';

/**
 * `<pantau-radar>`: a profile over several axes. `value="ikm_profile"` draws the nine IKM
 * elements U1–U9 (core's `ikm_nrr_u1`..`ikm_nrr_u9`) on the NRR scale 1–4; without `axis`, any
 * comma list of measures works the same way. With `axis`, one measure is drawn per value of that
 * column (the six PEKPPP aspects). `series` draws one outline per value, in colour and shape.
 */

const SOURCES = html`<pantau-source
    name="ikm"
    src="/datasets/banjarmasin/ikm_responses.parquet"
  ></pantau-source>
  <pantau-source name="pekppp" src="/datasets/banjarmasin/pekppp_scores.parquet"></pantau-source>`;

interface Args {
  lang: 'id' | 'en';
  source: string;
  axis: string;
  value: string;
  series: string;
  min: number | null;
  max: number | null;
  format: string;
  title: string;
}

function chart(args: Args): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang} style="display:block;max-width:640px">
    ${SOURCES}
    <pantau-radar
      source=${args.source}
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
  render: chart,
  argTypes: { lang: { control: 'inline-radio', options: ['id', 'en'] } },
  args: {
    lang: 'id',
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
/** More than eight outlines cannot be told apart: the radar says so instead of drawing them. */
export const TooManySeries: Story = { args: { series: 'unit_code', title: 'Terlalu banyak seri' } };
