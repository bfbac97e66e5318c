/**
 * What a chart's download buttons do, loaded on the first click (lazy-module.ts), not with the
 * page: the CSV of the rows drawn under the chart's own headings, and the drawing as an image
 * that carries its title, period, source and background (export-image.ts).
 */

import type { ChartOutput } from '@pantau/charts';
import {
  formatDate,
  type FilterClause,
  type Lang,
  type QueryPlan,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';
import { download, fileNameOf, rowsToCsv } from './export.ts';
import { csvColumns } from './export-columns.ts';
import { imageFile, imagePng, type ImageFrame } from './export-image.ts';
import { periodOf } from './export-period.ts';

export type ExportKind = 'csv' | 'svg' | 'png';

/** What the element knows at the click: its answer, plan, drawing and settings. */
export interface ChartExport {
  host: HTMLElement;
  title: string;
  lang: Lang;
  format: string;
  /** The `<pantau-source>` name the chart reads. */
  source: string;
  result: QueryResult;
  plan: QueryPlan | null;
  schema: TableSchema | null;
  filter: readonly FilterClause[];
  output: ChartOutput | null;
  size: { width: number; height: number };
}

export async function saveChart(kind: ExportKind, chart: ChartExport): Promise<void> {
  if (kind === 'csv') {
    const { names } = chart.result;
    const { headers, decimals } = csvColumns(names, chart.plan, chart.lang, chart.format);
    const csv = rowsToCsv(names, chart.result.rows(), { lang: chart.lang, headers, decimals });
    download(csv, fileNameOf(chart.title, 'csv'), 'text/csv;charset=utf-8');
    return;
  }
  const node = chart.output?.node ?? null;
  const svg = node instanceof SVGSVGElement ? node : (node?.querySelector('svg') ?? null);
  const canvas = node?.querySelector('canvas') ?? null;
  if (svg === null && canvas === null) return;
  const frame = frameOf(chart);
  if (kind === 'svg') {
    const file = imageFile(svg, chart.host, frame, chart.size);
    download(file.text, fileNameOf(chart.title, 'svg'), 'image/svg+xml');
    return;
  }
  // The PNG paints the backdrop itself, under a dense chart's canvas layer.
  const file = imageFile(svg, chart.host, frame, chart.size, false);
  download(await imagePng(file, canvas), fileNameOf(chart.title, 'png'), 'image/png');
}

function frameOf(chart: ChartExport): ImageFrame {
  const { lang } = chart;
  const source = sourceName(chart.host, chart.source);
  const today = formatDate(new Date(), lang);
  return {
    title: chart.title,
    period: periodOf(chart.result, chart.filter, chart.schema, lang),
    source: `${lang === 'id' ? 'Sumber' : 'Source'}: ${source}`,
    stamp: `Pantau · ${lang === 'id' ? 'diunduh' : 'downloaded'} ${today}`,
  };
}

/**
 * How the source is named for a reader: its `<pantau-source>`'s `title`, else the file it reads,
 * else its name.
 */
function sourceName(host: Element, name: string): string {
  const scope = host.closest('pantau-dashboard') ?? document;
  const element = [...scope.querySelectorAll('pantau-source')].find(
    (s) => s.getAttribute('name')?.trim().toLowerCase() === name.trim().toLowerCase(),
  );
  const title = element?.getAttribute('title')?.trim();
  if (title) return title;
  const file = element?.getAttribute('src')?.split(/[?#]/)[0]?.split('/').pop();
  return file || name;
}
