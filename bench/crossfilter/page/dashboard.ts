/**
 * The benchmark's dashboard: nine linked widgets over the transaction-level `applications`
 * table (datasets/scale), five of which publish selections (bars by unit and by channel, the
 * status donut, the monthly line's brush, the kecamatan x status heatmap). Reusable: another
 * benchmark (bench/compare) can mount the same markup with `mountDashboard(host, rows)`.
 */

import '@pantau/widgets/define';
import type { PantauDashboard } from '@pantau/widgets';

/** The scale file for `rows` rows, as `npm run datasets -- --rows N --no-base` writes it. */
export function scaleFile(rows: number): string {
  return `/datasets/scale/applications_${rows}.parquet`;
}

/** Widget ids that publish, and how (what the benchmark does to them). */
export const PUBLISHERS = {
  units: 'click',
  channel: 'click',
  status: 'click',
  months: 'brush',
  grid: 'click',
} as const;

export function dashboardMarkup(rows: number): string {
  return `<pantau-dashboard id="bench" lang="id">
  <pantau-source name="applications" src="${scaleFile(rows)}"></pantau-source>
  <pantau-kpi id="total" source="applications" value="count(*)" title="Permohonan" format="number"></pantau-kpi>
  <pantau-kpi id="sla" source="applications" value="avg(sla_days)" title="Rata-rata SLA (hari)" format="number:1"></pantau-kpi>
  <pantau-donut id="status" source="applications" category="status" title="Status"></pantau-donut>
  <pantau-bar-chart id="units" source="applications" x="unit_code" y="count(*)" limit="12" title="Permohonan per unit"></pantau-bar-chart>
  <pantau-line-chart id="months" class="wide" source="applications" x="submitted_at" interval="month" y="count(*)" title="Permohonan per bulan"></pantau-line-chart>
  <pantau-bar-chart id="channel" source="applications" x="channel" y="avg(sla_days)" title="SLA per kanal"></pantau-bar-chart>
  <pantau-heatmap id="grid" class="wide" source="applications" y="kecamatan" x="status" value="count(*)" title="Kecamatan x status"></pantau-heatmap>
  <pantau-table id="services" source="applications" columns="service:Layanan, count(*):Permohonan, avg(sla_days):SLA" sort="Permohonan desc" page-size="6" title="Layanan"></pantau-table>
</pantau-dashboard>`;
}

/** Mounts the dashboard (trusted, constant markup with a number in it) and returns it. */
export function mountDashboard(host: HTMLElement, rows: number): PantauDashboard {
  if (!Number.isInteger(rows) || rows <= 0) throw new Error(`rows must be a positive integer`);
  // Benchmark markup from this file only; no data reaches it.
  host.innerHTML = dashboardMarkup(rows);
  return host.querySelector<PantauDashboard>('pantau-dashboard')!;
}
