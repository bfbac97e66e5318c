import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@pantau/widgets/define';
import { settlesAs } from './support/play.ts';

/**
 * Names without SQL: `<pantau-source key="code">` makes a table a lookup (one row per code, checked
 * when it loads), and widgets on another source show its columns beside their codes:
 * `label="unit.name"` on a bar chart (joined on `x`), `option-label="unit.name"` on a filter
 * (joined on `column`), `columns="unit_code, unit.name:Nama"` on a table (joined on the shown code
 * column). Grouping, clicks and filters stay on the code; a code the lookup lacks shows as itself.
 */

interface Args {
  lang: 'id' | 'en';
  /** Each story its own lookup name: a docs page shows every story on one page. */
  name: string;
}

const SERVICES = '/datasets/banjarmasin/service_performance.parquet';

const meta: Meta<Args> = {
  title: 'Widgets/Lookup',
  component: 'pantau-source',
  render: ({ lang, name }) =>
    html`<pantau-dashboard lang=${lang}>
      <pantau-source name="layanan_${name}" src=${SERVICES}></pantau-source>
      <pantau-source name=${name} src="/datasets/banjarmasin/units.csv" key="code"></pantau-source>
      <pantau-filter
        source="layanan_${name}"
        column="unit_code"
        option-label="${name}.name"
        label=${lang === 'id' ? 'Unit kerja' : 'Unit'}
      ></pantau-filter>
      <pantau-bar-chart
        source="layanan_${name}"
        x="unit_code"
        y="sum(received)"
        label="${name}.name"
        limit="8"
        title=${lang === 'id' ? 'Permohonan per unit' : 'Applications per unit'}
      ></pantau-bar-chart>
      <pantau-table
        source="layanan_${name}"
        columns="unit_code:Kode, ${name}.name:${lang === 'id' ? 'Nama unit' : 'Unit'}, sum(received):${
          lang === 'id' ? 'Permohonan' : 'Applications'
        }"
        sort="-sum(received)"
        page-size="5"
        title=${lang === 'id' ? 'Unit kerja' : 'Units'}
      ></pantau-table>
    </pantau-dashboard>`,
  play: settlesAs('ready'),
  argTypes: { lang: { control: 'inline-radio', options: ['id', 'en'] } },
  args: { lang: 'id', name: 'unit' },
};
export default meta;

type Story = StoryObj<Args>;

/** A filter, a bar chart and a table naming unit codes from units.csv (`key="code"`). */
export const NamesFromALookup: Story = {};

/** The same in English. */
export const NamesFromALookupEnglish: Story = { args: { lang: 'en', name: 'unit_en' } };

/** A lookup with names for two codes only: every other bar keeps its code as its label. */
export const CodesWithoutAName: Story = {
  render: ({ lang, name }) =>
    html`<pantau-dashboard lang=${lang}>
      <pantau-source name="layanan_${name}" src=${SERVICES}></pantau-source>
      <pantau-source
        name=${name}
        key="code"
        .rows=${[
          { code: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil' },
          { code: 'dinkes', name: 'Dinas Kesehatan' },
        ]}
      ></pantau-source>
      <pantau-bar-chart
        source="layanan_${name}"
        x="unit_code"
        y="count(*)"
        label="${name}.name"
        limit="6"
        title="Laporan per unit"
      ></pantau-bar-chart>
    </pantau-dashboard>`,
  args: { name: 'unit_sebagian' },
};

/** A lookup whose key repeats a code: every widget naming it says which code, and what to do. */
export const DuplicateKey: Story = {
  render: ({ lang, name }) =>
    html`<pantau-dashboard lang=${lang}>
      <pantau-source name="layanan_${name}" src=${SERVICES}></pantau-source>
      <pantau-source
        name=${name}
        key="code"
        .rows=${[
          { code: 'dinkes', name: 'Dinas Kesehatan' },
          { code: 'dinkes', name: 'Dinkes (lama)' },
        ]}
      ></pantau-source>
      <pantau-bar-chart
        source="layanan_${name}"
        x="unit_code"
        y="count(*)"
        label="${name}.name"
        title="Laporan per unit"
      ></pantau-bar-chart>
    </pantau-dashboard>`,
  args: { name: 'unit_ganda' },
  play: settlesAs('error'),
};
