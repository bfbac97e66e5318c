import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';

/**
 * `<pantau-donut>`: shares of a whole, labelled directly with name and percentage, the total in
 * the centre. Two or more slices under 3% (or past the eighth) become "Lainnya"; a category whose
 * value is not reported is named under the ring as "belum input", never drawn as a zero slice.
 */

const INNOVATIONS = html`<pantau-source
  name="inovasi"
  src="/datasets/banjarmasin/innovations.parquet"
></pantau-source>`;

interface Args {
  lang: 'id' | 'en';
  category: string;
  value: string;
  sort: string;
  format: string;
  title: string;
}

function chart(args: Args): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang} style="display:block;max-width:560px">
    ${INNOVATIONS}
    <pantau-donut
      source="inovasi"
      category=${args.category}
      value=${args.value}
      sort=${args.sort}
      format=${args.format}
      title=${args.title}
    ></pantau-donut>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Donut',
  render: chart,
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    sort: { control: 'inline-radio', options: ['', 'desc', 'none'] },
  },
  args: {
    lang: 'id',
    category: 'form',
    value: '',
    sort: '',
    format: '',
    title: 'Inovasi daerah menurut bentuk',
  },
};
export default meta;

type Story = StoryObj<Args>;

export const ByForm: Story = {};
export const ByType: Story = {
  args: { category: 'type', title: 'Inovasi digital dan non-digital' },
};
/** Stages keep their own order (inisiatif, uji coba, penerapan), not a ranking. */
export const ByStage: Story = {
  args: { category: 'stage', sort: 'none', title: 'Inovasi menurut tahap' },
};
/** Five initiators: small shares are grouped into "Lainnya" when two or more fall under 3%. */
export const ByInitiator: Story = { args: { category: 'initiator', title: 'Inisiator inovasi' } };
export const English: Story = { args: { lang: 'en', title: 'Regional innovations by form' } };
export const BadColumn: Story = { args: { category: 'bentuk', title: 'Kolom salah' } };
