import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { settlesAs, staysLoading } from './support/play.ts';
import { NOT_YET_REPORTED, withTables } from './support/tables.ts';

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
  theme: 'light' | 'dark';
  category: string;
  value: string;
  sort: string;
  format: string;
  title: string;
}

function chart(args: Args, source = INNOVATIONS, table = 'inovasi'): TemplateResult {
  return html`<pantau-dashboard
    lang=${args.lang}
    theme=${args.theme}
    style="display:block;max-width:560px"
  >
    ${source}
    <pantau-donut
      source=${table}
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
  component: 'pantau-donut',
  render: (args) => chart(args),
  play: settlesAs('ready'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    sort: { control: 'inline-radio', options: ['', 'desc', '-y', 'none', 'x'] },
  },
  args: {
    lang: 'id',
    theme: 'light',
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
/** The dark theme: light slice colours, labels in the dark theme's text colour. */
export const Dark: Story = { args: { theme: 'dark', category: 'initiator' } };

/** While the source loads: a skeleton, `aria-busy`, "Memuat data…" for screen readers. */
export const Loading: Story = {
  render: (args) => withTables(chart(args, html``, 'menunggu'), { pending: ['menunggu'] }),
  play: staysLoading,
};

/** No rows (no innovation assessed from 2025 yet): "Tidak ada data", not an empty ring. */
export const Empty: Story = {
  render: (args) =>
    withTables(chart(args, INNOVATIONS, 'inovasi_2025'), {
      views: { inovasi_2025: NOT_YET_REPORTED.inovasi },
    }),
  args: { title: 'Inovasi yang dinilai mulai 2025' },
  play: settlesAs('empty'),
};

export const BadColumn: Story = {
  args: { category: 'bentuk', title: 'Kolom salah' },
  play: settlesAs('error'),
};
