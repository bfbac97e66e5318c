import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import '@pantau/widgets/define';
import { settlesAs, staysLoading } from './support/play.ts';
import { NOT_YET_REPORTED, withTables } from './support/tables.ts';

/**
 * `<pantau-filter>`: a dashboard's filters. Options come from the data (distinct values with
 * counts, or the data's lowest and highest value) under the dashboard's other filters, so each
 * menu offers what is still there. A choice filters every other widget of the dashboard and shows
 * in its summary ("Menampilkan: …"), where it can be removed. Each story pairs the filter with a
 * chart to show the effect.
 */

const SERVICE = html`<pantau-source
  name="layanan"
  src="/datasets/banjarmasin/service_performance.parquet"
></pantau-source>`;

interface Args {
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  type: string;
  column: string;
  label: string;
  today: string;
}

function filterWithChart(
  args: Args,
  chart: TemplateResult,
  table = 'layanan',
  source = SERVICE,
): TemplateResult {
  return html`<pantau-dashboard
    lang=${args.lang}
    theme=${args.theme}
    style="display:block;max-width:720px"
  >
    ${source}
    <div style="display:grid;gap:16px;grid-template-columns:minmax(0,16rem) minmax(0,1fr)">
      <pantau-filter
        source=${table}
        type=${args.type}
        column=${args.column}
        label=${args.label}
        today=${args.today}
      ></pantau-filter>
      ${chart}
    </div>
  </pantau-dashboard>`;
}

const receivedPerService = html`<pantau-bar-chart
  source="layanan"
  x="service"
  y="sum(received)"
  limit="8"
  title="Permohonan per layanan"
></pantau-bar-chart>`;

/** The bar chart of received applications per service, over `table`. */
function chartOf(table: string): TemplateResult {
  return html`<pantau-bar-chart
    source=${table}
    x="service"
    y="sum(received)"
    limit="8"
    title="Permohonan per layanan"
  ></pantau-bar-chart>`;
}

const receivedPerMonth = html`<pantau-line-chart
  source="layanan"
  x="month"
  y="sum(received)"
  title="Permohonan per bulan"
></pantau-line-chart>`;

const meta: Meta<Args> = {
  title: 'Widgets/Filter',
  component: 'pantau-filter',
  render: (args) => filterWithChart(args, receivedPerService),
  play: settlesAs('ready'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    type: {
      control: 'select',
      options: ['select', 'multi-select', 'range', 'date-range', 'search'],
    },
  },
  args: {
    lang: 'id',
    theme: 'light',
    type: 'multi-select',
    column: 'unit_code',
    label: 'Unit layanan',
    today: '',
  },
};
export default meta;

type Story = StoryObj<Args>;

/** 84 units: type to narrow the list, arrows and Enter to choose several, Esc to close. */
export const UnitsMultiSelect: Story = {};

/** One service at a time, from a native select (counts in brackets). */
export const ServiceSelect: Story = {
  args: { type: 'select', column: 'service', label: 'Layanan' },
  render: (args) =>
    filterWithChart(
      args,
      html`<pantau-bar-chart
        source="layanan"
        x="unit_code"
        y="sum(received)"
        limit="8"
        title="Permohonan per unit"
      ></pantau-bar-chart>`,
    ),
};

/** Quick ranges (bulan ini, triwulan lalu, semester ini, …) counted from 15 May 2024. */
export const PeriodDateRange: Story = {
  args: { type: 'date-range', column: 'month', label: 'Periode', today: '2024-05-15' },
  render: (args) => filterWithChart(args, receivedPerMonth),
};

/** A number range with the data's lowest and highest value as placeholders; "10" then "3" says why it cannot filter. */
export const ServiceStandardRange: Story = {
  args: { type: 'range', column: 'sla_days', label: 'Standar waktu (hari)' },
};

/** Text search on the service name (published after a short pause, Enter at once). */
export const ServiceSearch: Story = {
  args: { type: 'search', column: 'service', label: 'Cari layanan' },
};

/** The same filter in English. */
export const English: Story = {
  args: { lang: 'en', type: 'date-range', column: 'month', label: 'Period', today: '2024-05-15' },
  render: (args) => filterWithChart(args, receivedPerMonth),
};

/** A column that is not in the table: the filter says so (in the page's language); the chart still draws. */
export const WrongColumn: Story = {
  args: { type: 'select', column: 'unit', label: 'Unit' },
  play: settlesAs('error', { 'pantau-bar-chart': 'ready' }),
};

/** The dark theme: menu, chips and focus ring on the dark surface. */
export const Dark: Story = { args: { theme: 'dark' } };

/** While the source loads: the filter and its chart are busy skeletons. */
export const Loading: Story = {
  render: (args) =>
    withTables(filterWithChart(args, chartOf('menunggu'), 'menunggu', html``), {
      pending: ['menunggu'],
    }),
  play: staysLoading,
};

/**
 * No rows (2025, not reported yet): no period to offer ("Tidak ada data"), nor in the chart. A
 * range filter stays `ready` (its lowest/highest query answers one row of nulls) and says so in
 * its note; a menu filter over no rows is `empty`.
 */
export const Empty: Story = {
  render: (args) =>
    withTables(filterWithChart(args, chartOf('layanan_2025'), 'layanan_2025'), {
      views: { layanan_2025: NOT_YET_REPORTED.layanan },
    }),
  args: { type: 'date-range', column: 'month', label: 'Periode (2025)', today: '2025-05-15' },
  play: async (context) => {
    await settlesAs('empty', { 'pantau-filter': 'ready' })(context);
    const filter = context.canvasElement.querySelector('pantau-filter');
    await expect(filter?.shadowRoot?.textContent).toMatch(/Tidak ada data/);
  },
};

/** Several filters narrow each other: choose units, and the service menu lists only their services. */
export const LinkedFilters: Story = {
  render: (args) =>
    html`<pantau-dashboard lang=${args.lang} style="display:block;max-width:720px">
      ${SERVICE}
      <div style="display:grid;gap:16px;grid-template-columns:repeat(3,minmax(0,1fr))">
        <pantau-filter
          source="layanan"
          type="multi-select"
          column="unit_code"
          label="Unit layanan"
        ></pantau-filter>
        <pantau-filter source="layanan" column="service" label="Layanan"></pantau-filter>
        <pantau-filter
          source="layanan"
          type="date-range"
          column="month"
          label="Periode"
          today="2024-05-15"
        ></pantau-filter>
      </div>
      ${receivedPerMonth}
    </pantau-dashboard>`,
};
