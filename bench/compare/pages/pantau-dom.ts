/**
 * What the two Pantau pages (`pantau`: Pantau's source bundled by the page's build; `pantau-cdn`:
 * the published bundle) share: the dashboard's markup as a page author writes it, and how the
 * harness reads it (drawn or not, where the bars and the line are). No Pantau code here: the
 * one-script-tag page must load Pantau only from its bundle.
 */
import { USED_COLUMNS, type WidgetId } from '../spec.mjs';
import { deepQueryAll, rectOf, type Adapter } from '../page/measure.ts';

export const MARKUP = `
<pantau-dashboard lang="id" style="display: contents">
  <pantau-source name="applications" columns="${USED_COLUMNS.join(', ')}"></pantau-source>
  <pantau-kpi data-w="total" class="cell" source="applications" value="count(*)" label="Permohonan"></pantau-kpi>
  <pantau-kpi data-w="sla" class="cell" source="applications" value="avg(sla_days)" format="number:1" label="Rata-rata standar (hari)"></pantau-kpi>
  <pantau-bar-chart data-w="units" class="cell" source="applications" x="unit_code" y="count(*)" sort="desc" limit="20" orientation="horizontal" title="Permohonan per unit (20 teratas)"></pantau-bar-chart>
  <pantau-bar-chart data-w="status" class="cell" source="applications" x="status" y="count(*)" sort="x" title="Menurut status"></pantau-bar-chart>
  <pantau-line-chart data-w="months" class="cell" source="applications" x="submitted_at" interval="month" y="count(*)" title="Permohonan per bulan"></pantau-line-chart>
  <pantau-heatmap data-w="heat" class="cell" source="applications" x="submitted_at" interval="month" y="kecamatan" value="count(*)" title="Kecamatan × bulan"></pantau-heatmap>
</pantau-dashboard>`;

type Widget = HTMLElement & { status?: string };
const widget = (id: WidgetId) => document.querySelector<Widget>(`[data-w="${id}"]`);

export const isDrawn: Adapter['isDrawn'] = (id) => {
  const el = widget(id);
  // A first view from the snapshot is drawn while its status stays `loading` (issue 15): the
  // host's `provisional` attribute, set in the update that drew it (after the drawing), says the
  // page shows figures, which is what S1 times. (Before 1f9a342 its status said `ready`.)
  if (el?.hasAttribute('provisional') === true) return true;
  const status = el?.status;
  return status === 'ready' || status === 'empty';
};

export const targets: Adapter['targets'] = () => {
  const bars = (id: WidgetId) => deepQueryAll('.pantau-bar', widget(id)!).map(rectOf);
  const line = deepQueryAll('.pantau-line-path', widget('months')!)[0];
  return { units: bars('units'), status: bars('status'), line: line ? rectOf(line) : null };
};
