import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { opensMenu, settlesAs, staysLoading, staysProvisional } from './support/play.ts';
import { heldAtSnapshot } from './support/snapshot.ts';
import { NOT_YET_REPORTED, withTables } from './support/tables.ts';

/**
 * `<pantau-bar-chart>`: units ranked by a measure (IKM with its A–D category colour and letter),
 * bars over time against a target, and series side by side or stacked. Sorting and the limit run
 * in SQL; units that did not report read "belum input".
 */

const IKM = html`<pantau-source
  name="ikm"
  src="/datasets/banjarmasin/ikm_responses.parquet"
></pantau-source>`;
const SERVICE = html`<pantau-source
  name="layanan"
  src="/datasets/banjarmasin/service_performance.parquet"
></pantau-source>`;
const APPS = html`<pantau-source
  name="apps"
  src="/datasets/banjarmasin/applications.parquet"
></pantau-source>`;

interface Args {
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  x: string;
  y: string;
  color: string;
  sort: string;
  limit: number | null;
  orientation: string;
  mode: string;
  target: number | null;
  bands: string;
  format: string;
  title: string;
  description: string;
}

function chart(args: Args, source: TemplateResult, name: string, snapshot = ''): TemplateResult {
  return html`<pantau-dashboard lang=${args.lang} theme=${args.theme} snapshot=${snapshot}>
    ${source}
    <pantau-bar-chart
      source=${name}
      x=${args.x}
      y=${args.y}
      color=${args.color}
      sort=${args.sort}
      .limit=${args.limit}
      orientation=${args.orientation}
      mode=${args.mode}
      .target=${args.target}
      bands=${args.bands}
      format=${args.format}
      title=${args.title}
      description=${args.description}
    ></pantau-bar-chart>
  </pantau-dashboard>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Bar chart',
  component: 'pantau-bar-chart',
  render: (args) => chart(args, IKM, 'ikm'),
  play: settlesAs('ready'),
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    sort: { control: 'select', options: ['', 'desc', 'asc', '-y', 'y', 'x', '-x', 'none'] },
    orientation: { control: 'inline-radio', options: ['', 'horizontal', 'vertical'] },
    mode: { control: 'inline-radio', options: ['', 'grouped', 'stacked'] },
    bands: { control: 'select', options: ['', 'ikm', 'pekppp', 'iid', 'none'] },
    limit: { control: 'number' },
    target: { control: 'number' },
  },
  args: {
    lang: 'id',
    theme: 'light',
    x: 'unit_code',
    y: 'ikm',
    color: '',
    sort: '',
    limit: null,
    orientation: 'horizontal',
    mode: '',
    target: null,
    bands: '',
    format: '',
    title: 'IKM per unit layanan',
    description: 'Seluruh responden 2022–2024, nilai konversi 25–100 dengan mutu A–D.',
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The Simonik ranking: IKM per unit, largest first, each bar in its category colour with its letter. */
export const IkmRanking: Story = {};

/** The ten lowest, smallest first: where the city should look. */
export const LowestTen: Story = {
  args: { sort: 'asc', limit: 10, title: 'Sepuluh IKM terendah' },
};

/** The same ten, sorted with Observable Plot's name for it: `sort="y"` is `asc` (`-y` is `desc`). */
export const LowestTenPlotSort: Story = {
  args: { sort: 'y', limit: 10, title: 'Sepuluh IKM terendah (sort="y")' },
};

/** On-time rate per unit as columns, against a 90% target line. */
export const OnTimeAgainstTarget: Story = {
  render: (args) => chart(args, SERVICE, 'layanan'),
  args: {
    x: 'unit_code',
    y: 'on_time_rate',
    orientation: 'vertical',
    sort: 'desc',
    limit: 8,
    target: 0.9,
    title: 'Penyelesaian tepat waktu, delapan unit teratas',
    description: 'Selesai sesuai standar pelayanan ÷ selesai. Garis target 90%.',
  },
};

/** Applications per kecamatan, online and offline stacked, with totals. */
export const StackedByChannel: Story = {
  render: (args) => chart(args, APPS, 'apps'),
  args: {
    x: 'kecamatan',
    y: 'count(*)',
    color: 'channel',
    mode: 'stacked',
    title: 'Permohonan per kecamatan dan kanal',
    description: 'Jumlah permohonan, 2022–2024.',
  },
};

/** Outcomes side by side per channel (grouped series with a legend). */
export const GroupedByStatus: Story = {
  render: (args) => chart(args, APPS, 'apps'),
  args: {
    x: 'status',
    y: 'count(*)',
    color: 'channel',
    orientation: 'vertical',
    title: 'Status permohonan per kanal',
    description: '',
  },
};

/** In English. */
export const English: Story = {
  args: { lang: 'en', title: 'IKM per service unit', description: 'All respondents 2022–2024.' },
};

/** The dark theme: light grade colours, letters in the surface colour. */
export const Dark: Story = {
  args: { theme: 'dark', sort: 'asc', limit: 10, title: 'Sepuluh IKM terendah' },
};

/** While the source loads: a skeleton, `aria-busy`, "Memuat data…" for screen readers. */
export const Loading: Story = {
  render: (args) => withTables(chart(args, html``, 'menunggu'), { pending: ['menunggu'] }),
  play: staysLoading,
};

/**
 * A first-view snapshot while DuckDB has not answered (here it never does): the saved figures
 * with a note, `status` `loading` and the `provisional` attribute (page CSS can style
 * `[provisional]`); downloads wait for the live figures.
 */
export const Provisional: Story = {
  render: (args) =>
    heldAtSnapshot(chart(args, IKM, 'ikm'), (url) => chart(args, html``, 'ikm', url), ['ikm']),
  play: staysProvisional,
};

/**
 * The chart's menu, open: the data table and the downloads are one button after the drawing (two
 * tab stops a chart); arrows move inside, Escape closes.
 */
export const MenuOpen: Story = {
  play: opensMenu,
};

/** No rows (2025, not reported yet): "Tidak ada data", never an empty axis. */
export const Empty: Story = {
  render: (args) =>
    withTables(chart(args, SERVICE, 'layanan_2025'), {
      views: { layanan_2025: NOT_YET_REPORTED.layanan },
    }),
  args: { y: 'on_time_rate', title: 'Penyelesaian tepat waktu 2025', description: '' },
  play: settlesAs('empty'),
};

/** A column that does not exist: the widget says which, and what the table has. */
export const BadColumn: Story = {
  args: { y: 'avg(nilai)', title: 'Kolom salah' },
  play: settlesAs('error'),
};
