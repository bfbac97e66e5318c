import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import '../packages/widgets/src/table/table.define.ts';

/**
 * `<pantau-table>`: one page of rows at a time (ORDER BY, LIMIT/OFFSET and the row count in one
 * query). Click a heading to sort by it, again to reverse; the pager moves between pages.
 * `columns` lists column names or measures with an optional heading after a colon.
 */

const SOURCES: Record<string, TemplateResult> = {
  inovasi: html`<pantau-source
    name="inovasi"
    src="/datasets/banjarmasin/innovations.parquet"
  ></pantau-source>`,
  ikm: html`<pantau-source
    name="ikm"
    src="/datasets/banjarmasin/ikm_responses.parquet"
  ></pantau-source>`,
  units: html`<pantau-source
    name="units"
    src="/datasets/banjarmasin/units.parquet"
  ></pantau-source>`,
};

interface Args {
  lang: 'id' | 'en';
  source: string;
  columns: string;
  sort: string;
  pageSize: number;
  title: string;
  description: string;
}

function table(args: Args): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang}>
    ${SOURCES[args.source]}
    <pantau-table
      source=${args.source}
      columns=${args.columns}
      sort=${args.sort}
      page-size=${args.pageSize}
      title=${args.title}
      description=${args.description}
    ></pantau-table>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Table',
  render: table,
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    source: { control: 'select', options: Object.keys(SOURCES) },
  },
  args: {
    lang: 'id',
    source: 'inovasi',
    columns:
      'name:Nama inovasi, unit_code:Unit, form:Bentuk, type:Jenis, stage:Tahap, trial_date:Uji coba, verification_status:Status',
    sort: '',
    pageSize: 10,
    title: 'Daftar inovasi daerah',
    description: 'Semua inovasi yang dilaporkan; urutkan dengan mengeklik judul kolom.',
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Innovations, ten to a page; unset dates read "belum input". */
export const Innovations: Story = {};

/** Measures per unit: IKM with its category letter and the number of respondents. */
export const IkmPerUnit: Story = {
  args: {
    source: 'ikm',
    columns: 'unit_code:Unit, ikm:IKM, count(*):Responden',
    sort: 'IKM desc',
    title: 'IKM per unit',
    description: 'Nilai konversi 25–100 dan jumlah responden, 2022–2024.',
  },
};

/** Every column of a table when `columns` is left out. */
export const EveryColumn: Story = {
  args: { source: 'units', columns: '', pageSize: 5, title: 'Unit kerja', description: '' },
};

/** A column that does not exist: the widget says which. */
export const BadColumn: Story = {
  args: { columns: 'name, nama_unit', title: 'Kolom salah' },
};

/** In English. */
export const English: Story = {
  args: { lang: 'en', title: 'Regional innovations', description: 'Click a heading to sort.' },
};
