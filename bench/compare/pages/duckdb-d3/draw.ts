/**
 * Hand-written D3 drawing for the duckdb-wasm contender: the least a developer writes for these
 * six widgets (scales, axes left out, one SVG per chart, redrawn from scratch on every answer).
 */
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';

const NS = 'http://www.w3.org/2000/svg';
export interface Row {
  k: string | number | Date;
  v: number;
  m?: number | Date;
}

function svg(width: number, height: number) {
  const s = document.createElementNS(NS, 'svg');
  s.setAttribute('width', String(width));
  s.setAttribute('height', String(height));
  return s;
}

export function kpi(div: HTMLElement, label: string, value: number): void {
  const caption = document.createElement('p');
  caption.textContent = label;
  const v = document.createElement('p');
  v.className = 'kpi';
  v.textContent = value.toLocaleString('id-ID', { maximumFractionDigits: 1 });
  div.replaceChildren(caption, v);
}

/** Horizontal bars (units) or vertical (status); `onClick` gets the bar's key. */
export function bars(
  div: HTMLElement,
  rows: Row[],
  horizontal: boolean,
  onClick: (key: string) => void,
): void {
  const [width, height] = horizontal ? [600, 420] : [600, 260];
  const s = svg(width, height);
  const band = scaleBand<string>()
    .domain(rows.map((r) => String(r.k)))
    .padding(0.1);
  const max = Math.max(1, ...rows.map((r) => r.v));
  const g = select(s).append('g').attr('class', 'bars');
  if (horizontal) {
    band.range([10, height - 10]);
    const x = scaleLinear()
      .domain([0, max])
      .range([110, width - 20]);
    g.selectAll('rect')
      .data(rows)
      .join('rect')
      .attr('x', 110)
      .attr('y', (r) => band(String(r.k))!)
      .attr('width', (r) => x(r.v) - 110)
      .attr('height', band.bandwidth());
    select(s)
      .append('g')
      .selectAll('text')
      .data(rows)
      .join('text')
      .attr('x', 104)
      .attr('text-anchor', 'end')
      .attr('font-size', 10)
      .attr('y', (r) => band(String(r.k))! + band.bandwidth() / 2 + 3)
      .text((r) => String(r.k));
  } else {
    band.range([60, width - 20]);
    const y = scaleLinear()
      .domain([0, max])
      .range([height - 30, 10]);
    g.selectAll('rect')
      .data(rows)
      .join('rect')
      .attr('x', (r) => band(String(r.k))!)
      .attr('y', (r) => y(r.v))
      .attr('width', band.bandwidth())
      .attr('height', (r) => height - 30 - y(r.v));
  }
  g.selectAll<SVGRectElement, Row>('rect').on('click', (_e, r) => onClick(String(r.k)));
  div.replaceChildren(s);
}

/** The month line; returns the x scale so a brush can turn pixels into dates. */
export function monthLine(div: HTMLElement, rows: Row[]) {
  const s = svg(600, 260);
  const x = scaleUtc()
    .domain([rows[0]?.k as Date, rows.at(-1)?.k as Date])
    .range([60, 580]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((r) => r.v))])
    .range([230, 20]);
  const path = line<Row>()
    .x((r) => x(r.k as Date))
    .y((r) => y(r.v))(rows);
  select(s)
    .append('path')
    .attr('class', 'line')
    .attr('d', path ?? '')
    .attr('fill', 'none')
    .attr('stroke', 'steelblue')
    .attr('stroke-width', 1.5);
  div.replaceChildren(s);
  return { svg: s, x };
}

export function heatmap(div: HTMLElement, rows: Row[]): void {
  const s = svg(600, 220);
  const months = [...new Set(rows.map((r) => +(r.m as Date)))].sort((a, b) => a - b);
  const places = [...new Set(rows.map((r) => String(r.k)))].sort();
  const x = scaleBand<number>().domain(months).range([140, 590]);
  const y = scaleBand<string>().domain(places).range([10, 200]);
  const color = scaleLinear<string>()
    .domain([0, Math.max(1, ...rows.map((r) => r.v))])
    .range(['#eef3fb', '#08306b']);
  select(s)
    .append('g')
    .selectAll('rect')
    .data(rows)
    .join('rect')
    .attr('x', (r) => x(+(r.m as Date))!)
    .attr('y', (r) => y(String(r.k))!)
    .attr('width', x.bandwidth())
    .attr('height', y.bandwidth())
    .attr('fill', (r) => color(r.v));
  div.replaceChildren(s);
}
