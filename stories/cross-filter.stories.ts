import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '@pantau/widgets/define';
import type { PantauChartElement, PantauDashboard } from '@pantau/widgets';
import type { FilterClause } from '@pantau/core';
import { settlesAs, until } from './support/play.ts';

/**
 * Linked widgets over one table of applications (permohonan): a choice in one widget filters the
 * others. These stories open already filtered, so the filtered state (the "Menampilkan: …" summary
 * with a remove button per filter, the chosen bar ringed in the widget that published it, the
 * others re-queried) is seen and checked by axe like any other state.
 *
 * Try it: click a bar, a slice or a legend item (Shift or Ctrl adds), drag across the line chart,
 * or Tab to a chart, move with the arrows and press Enter; Esc or "Atur ulang" clears.
 */

interface Args {
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  /** Clauses the page sets through `dashboard.filters`, as a host page's own script would. */
  filters: FilterClause[];
}

const FIRST_QUARTER_2024: FilterClause[] = [
  { column: 'channel', predicate: 'eq', value: 'online' },
  { column: 'submitted_at', predicate: 'between', value: ['2024-01-01', '2024-03-31 23:59:59'] },
];

function page(args: Args): HTMLElement {
  const container = document.createElement('div');
  const view = html`<pantau-dashboard lang=${args.lang} theme=${args.theme}>
    <pantau-source
      name="permohonan"
      src="/datasets/banjarmasin/applications.parquet"
    ></pantau-source>
    <div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(320px,1fr))">
      <pantau-kpi source="permohonan" value="count(*)" label="Permohonan"></pantau-kpi>
      <pantau-bar-chart
        id="units"
        source="permohonan"
        x="unit_code"
        y="count(*)"
        limit="8"
        title=${args.lang === 'en' ? 'Applications by unit' : 'Permohonan per unit'}
      ></pantau-bar-chart>
      <pantau-donut
        source="permohonan"
        category="channel"
        value="count(*)"
        title=${args.lang === 'en' ? 'Channel' : 'Saluran'}
      ></pantau-donut>
      <pantau-line-chart
        source="permohonan"
        x="submitted_at"
        y="count(*)"
        interval="month"
        title=${args.lang === 'en' ? 'Applications per month' : 'Permohonan per bulan'}
      ></pantau-line-chart>
    </div>
  </pantau-dashboard>`;
  render(view, container);
  // Lit renders attributes only; the page's clauses go in as a property, as a host page would.
  if (args.filters.length > 0) dashboardIn(container).filters = args.filters;
  return container;
}

function dashboardIn(root: HTMLElement): PantauDashboard {
  const dashboard = root.querySelector<PantauDashboard>('pantau-dashboard');
  if (dashboard === null) throw new Error('the story has no <pantau-dashboard>');
  return dashboard;
}

/** The dashboard's visible filter summary, as a reader sees it. */
function summaryText(dashboard: PantauDashboard): string {
  return dashboard.shadowRoot?.querySelector('[part="filters"]')?.textContent ?? '';
}

const meta: Meta<Args> = {
  title: 'Dashboards/Cross-filter',
  component: 'pantau-dashboard',
  render: page,
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  args: { lang: 'id', theme: 'light', filters: [] },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The host page filters from JavaScript (`dashboard.filters = [...]`): online applications in
 * January–March 2024. Every widget answers for that filter; the summary names both clauses.
 */
export const FilteredByThePage: Story = {
  args: { filters: FIRST_QUARTER_2024 },
  play: async (context) => {
    await settlesAs('ready')(context);
    const text = summaryText(dashboardIn(context.canvasElement));
    await expect(text).toContain('Menampilkan:');
    await expect(text).toContain('online');
  },
};

/** The same filters, in English: "Showing: …" and "Reset". */
export const FilteredInEnglish: Story = {
  args: { lang: 'en', filters: FIRST_QUARTER_2024 },
  tags: ['!autodocs'],
  play: async (context) => {
    await settlesAs('ready')(context);
    await expect(summaryText(dashboardIn(context.canvasElement))).toContain('Showing:');
  },
};

/**
 * A unit chosen with the keyboard: Tab to the bar chart, ArrowRight to the first bar, Enter. The
 * bar chart keeps every unit and rings the chosen one; the KPI, the donut and the line answer for
 * that unit only.
 */
export const ChosenWithTheKeyboard: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    await settlesAs('ready')(context);
    const root = context.canvasElement;
    const units = root.querySelector<PantauChartElement>('#units')!;
    const plot = units.shadowRoot!.querySelector<HTMLElement>('[part="plot"]')!;
    plot.focus();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    const dashboard = dashboardIn(root);
    const first = String(units.data[0]?.['unit_code']);
    await expect(dashboard.filters).toEqual([
      { column: 'unit_code', predicate: 'eq', value: first },
    ]);
    await until(dashboard.shadowRoot!, () => summaryText(dashboard).includes(first));
    await expect(units.shadowRoot!.querySelectorAll('.chosen-ring')).toHaveLength(1);
    // The others re-query; the story is checked (and axe runs) once they have drawn again.
    await settlesAs('ready')(context);
  },
};

/** Dark theme, filtered: the summary bar and the chosen ring keep their contrast. */
export const FilteredDark: Story = {
  args: { theme: 'dark', filters: FIRST_QUARTER_2024 },
  tags: ['!autodocs'],
  parameters: { backgrounds: { default: 'dark' } },
  play: async (context) => {
    await settlesAs('ready')(context);
  },
};
