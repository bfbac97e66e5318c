import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { VIEW_NAMES, createViews } from '../demo/views.ts';
import { t, type Lang } from '../demo/i18n.ts';
import type { FilterClause } from '@pantau/core';
import { settlesAs } from './support/play.ts';
import './dashboard.css';

/**
 * The whole Simonik-style dashboard of `npm start` (index.html): headline tiles and the city IKM
 * gauge, IKM per unit beside the U1–U9 radar and the yearly trend, monthly service flow and
 * on-time rate, the unit x month heatmap, and the regional innovations. Same sources, same SQL
 * views (demo/views.ts) and the same words (demo/i18n.ts) as the demo page.
 *
 * The widgets cross-filter as on the demo page: click a bar, slice, cell or legend item, or drag
 * across a line chart; Esc clears. Without `url-state` here (it would write into Storybook's
 * frame address). `OneUnit` opens filtered, as a link from a unit's own page would; the smaller
 * Dashboards/Cross-filter stories show each way of filtering.
 */

interface Args {
  lang: Lang;
  theme: 'light' | 'dark';
  /** Clauses set through `dashboard.filters`, as the host page's script would. */
  filters?: FilterClause[];
}

function sources(): TemplateResult {
  return html`<pantau-source
      name="units"
      src="/datasets/banjarmasin/units.parquet"
      key="code"
    ></pantau-source>
    <pantau-source
      name="ikm_responses"
      src="/datasets/banjarmasin/ikm_responses.parquet"
    ></pantau-source>
    <pantau-source
      name="service_performance"
      src="/datasets/banjarmasin/service_performance.parquet"
    ></pantau-source>
    <pantau-source name="complaints" src="/datasets/banjarmasin/complaints.parquet"></pantau-source>
    <pantau-source
      name="innovations"
      src="/datasets/banjarmasin/innovations.parquet"
    ></pantau-source>`;
}

function summary(lang: Lang): TemplateResult {
  return html`<section class="band" aria-labelledby="ringkasan">
    <div class="band-head">
      <h2 id="ringkasan">${t('summaryHeading', lang)}</h2>
      <p>${t('summaryLede', lang)}</p>
    </div>
    <div class="kpis">
      <pantau-kpi
        source="ikm_years"
        value="ikm"
        time="tahun"
        label=${t('kpiIkm', lang)}
      ></pantau-kpi>
      <pantau-kpi
        source="service_years"
        value="on_time_rate"
        time="tahun"
        target="0.9"
        label=${t('kpiOnTime', lang)}
      ></pantau-kpi>
      <pantau-kpi
        source="service_years"
        value="sum(completed)"
        time="tahun"
        format="compact"
        label=${t('kpiCompleted', lang)}
      ></pantau-kpi>
      <pantau-kpi
        source="complaint_years"
        value="resolution_rate"
        time="tahun"
        label=${t('kpiResolved', lang)}
      ></pantau-kpi>
      <pantau-kpi
        source="innovations_verified"
        value="count(*)"
        label=${t('kpiInnovations', lang)}
      ></pantau-kpi>
      <pantau-gauge
        class="gauge"
        source="ikm_year"
        value="ikm"
        bands="ikm"
        title=${t('gaugeTitle', lang)}
      ></pantau-gauge>
    </div>
  </section>`;
}

function ikm(lang: Lang): TemplateResult {
  return html`<section class="band" aria-labelledby="ikm">
    <div class="band-head">
      <h2 id="ikm">${t('ikmHeading', lang)}</h2>
      <p>${t('ikmLede', lang)}</p>
    </div>
    <div class="grid">
      <pantau-bar-chart
        class="span-7 ranking"
        source="ikm_units"
        x="unit_code"
        label="unit_label"
        y="max(nilai_ikm)"
        bands="ikm"
        format="ikm"
        orientation="horizontal"
        sort="desc"
        title=${t('rankingTitle', lang)}
        description=${t('rankingDescription', lang)}
      ></pantau-bar-chart>
      <div class="span-5 stack">
        <pantau-radar
          class="radar"
          source="ikm_recent"
          value="ikm_profile"
          series="tahun"
          format="number:2"
          title=${t('radarTitle', lang)}
          description=${t('radarDescription', lang)}
        ></pantau-radar>
        <pantau-line-chart
          class="trend"
          source="ikm_groups"
          x="date"
          interval="year"
          y="ikm"
          series=${t('colGroup', lang)}
          title=${t('trendTitle', lang)}
          description=${t('trendDescription', lang)}
        ></pantau-line-chart>
      </div>
    </div>
  </section>`;
}

function service(lang: Lang): TemplateResult {
  return html`<section class="band" aria-labelledby="layanan">
    <div class="band-head">
      <h2 id="layanan">${t('serviceHeading', lang)}</h2>
      <p>${t('serviceLede', lang)}</p>
    </div>
    <div class="grid">
      <pantau-line-chart
        class="span-6"
        source="service_flow"
        x="month"
        y="sum(jumlah)"
        series=${t('colFlow', lang)}
        interval="month"
        format="number"
        title=${t('applicationsTitle', lang)}
        description=${t('applicationsDescription', lang)}
      ></pantau-line-chart>
      <pantau-line-chart
        class="span-6"
        source="service_years"
        x="month"
        y="on_time_rate"
        interval="month"
        target="0.9"
        title=${t('onTimeTitle', lang)}
        description=${t('onTimeDescription', lang)}
      ></pantau-line-chart>
      <pantau-heatmap
        class="span-12 heatmap"
        source="service_units"
        x="month"
        y="unit"
        value="on_time_rate"
        title=${t('heatmapTitle', lang)}
        description=${t('heatmapDescription', lang)}
      ></pantau-heatmap>
    </div>
  </section>`;
}

function innovation(lang: Lang): TemplateResult {
  return html`<section class="band" aria-labelledby="inovasi">
    <div class="band-head">
      <h2 id="inovasi">${t('innovationHeading', lang)}</h2>
      <p>${t('innovationLede', lang)}</p>
    </div>
    <div class="grid">
      <pantau-donut
        class="span-4"
        source="innovation_labels"
        category=${t('colForm', lang)}
        value="count(*)"
        title=${t('formTitle', lang)}
      ></pantau-donut>
      <pantau-donut
        class="span-4"
        source="innovation_labels"
        category=${t('colType', lang)}
        value="count(*)"
        title=${t('typeTitle', lang)}
      ></pantau-donut>
      <pantau-bar-chart
        class="span-4 stages"
        source="innovation_stages"
        x=${t('colStage', lang)}
        y="sum(jumlah)"
        color=${t('colStatus', lang)}
        mode="stacked"
        sort="x"
        orientation="horizontal"
        title=${t('stageTitle', lang)}
        description=${t('stageDescription', lang)}
      ></pantau-bar-chart>
      <pantau-table
        class="span-12"
        source="innovation_labels"
        columns=${t('innovationColumns', lang)}
        page-size="10"
        title=${t('tableTitle', lang)}
        description=${t('tableDescription', lang)}
      ></pantau-table>
    </div>
  </section>`;
}

function page({ lang, theme, filters = [] }: Args): HTMLElement {
  const container = document.createElement('div');
  container.className = 'simonik';
  container.dataset['theme'] = theme;
  container.lang = lang;
  render(
    html`<header class="masthead">
        <p class="agency">${t('agency', lang)} · Pantau</p>
        <h1>${t('headline', lang)}</h1>
        <p class="period">${t('period', lang)}</p>
        <p class="synthetic">${t('synthetic', lang)}</p>
      </header>
      <p class="hint">${t('crossfilterHint', lang)}</p>
      <pantau-dashboard lang=${lang} theme=${theme}>
        ${sources()} ${summary(lang)} ${ikm(lang)} ${service(lang)} ${innovation(lang)}
      </pantau-dashboard>`,
    container,
  );
  // As demo/main.ts: the views are announced to the dashboard's source registry with a load that
  // settles once the tables are in and the views exist, so widgets wait for them as for a source.
  const dashboard = container.querySelector('pantau-dashboard')!;
  const tables = Promise.all([...dashboard.querySelectorAll('pantau-source')].map((s) => s.ready));
  const views = createViews(dashboard.coordinator, tables);
  for (const name of VIEW_NAMES) dashboard.sources.announce(name, views);
  if (filters.length > 0) dashboard.filters = filters;
  return container;
}

const meta: Meta<Args> = {
  title: 'Dashboards/Simonik',
  component: 'pantau-dashboard',
  render: page,
  play: settlesAs('ready'),
  parameters: { layout: 'fullscreen' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  args: { lang: 'id', theme: 'light' },
};
export default meta;

type Story = StoryObj<Args>;

/** Monitoring kinerja pelayanan publik Kota Banjarmasin, in Indonesian. */
export const Monitoring: Story = {};

// Left off the docs page, which would otherwise load three whole dashboards at once.

/** The same page in English: the widgets' own words and the page's, and label columns in English. */
export const English: Story = { args: { lang: 'en' }, tags: ['!autodocs'] };

/** Dark: `<pantau-dashboard theme="dark">` on a dark page. */
export const Dark: Story = { args: { theme: 'dark' }, tags: ['!autodocs'] };

/**
 * Disdukcapil only: the page sets `dashboard.filters` to one unit. Widgets over views with a
 * `unit_code` column answer for that unit; the city-wide ones (innovations) stay as they are.
 */
export const OneUnit: Story = {
  args: { filters: [{ column: 'unit_code', predicate: 'eq', value: 'disdukcapil' }] },
  tags: ['!autodocs'],
};
