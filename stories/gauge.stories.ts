import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';

/**
 * `<pantau-gauge>`: one value on its official category bands (IKM A–D on 25–100, PEKPPP A–F on
 * 0–5, IID predicates on 0–100) or on bands the page lists. The needle points at the value; its
 * letter and label are written under it, so the reading never depends on colour.
 */

const SOURCES = html`<pantau-source
    name="ikm"
    src="/datasets/banjarmasin/ikm_responses.parquet"
  ></pantau-source>
  <pantau-source name="pekppp" src="/datasets/banjarmasin/pekppp_scores.parquet"></pantau-source>`;

interface Args {
  lang: 'id' | 'en';
  source: string;
  value: string;
  bands: string;
  min: number | null;
  max: number | null;
  label: string;
  format: string;
  title: string;
}

function chart(args: Args): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang} style="display:block;max-width:420px">
    ${SOURCES}
    <pantau-gauge
      source=${args.source}
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
  render: chart,
  argTypes: { lang: { control: 'inline-radio', options: ['id', 'en'] } },
  args: {
    lang: 'id',
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
export const BadColumn: Story = { args: { value: 'avg(u10)', bands: 'ikm', title: 'Kolom salah' } };
