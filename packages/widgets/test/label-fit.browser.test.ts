import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement } from '../src/index.ts';
import { mount, settled, shadow, unmountAll } from './support/mount.ts';

/**
 * Issue 15, item 3: on a phone (390 px) and in a narrow card, labels that share a start
 * ("Kecamatan Banjarmasin …", "Surat Keterangan …", "UPTD Puskesmas …") were all cut to that
 * start. Every chart kind is drawn here from the demo's real names (datasets/banjarmasin, real
 * DuckDB), and no two different labels may be drawn alike on one chart; a shortened label keeps
 * its full text in a <title>.
 */

const SOURCES = `
  <pantau-source name="units" src="/datasets/banjarmasin/units.parquet"></pantau-source>
  <pantau-source name="apps" src="/datasets/banjarmasin/applications.parquet"></pantau-source>
  <pantau-source name="pekppp" src="/datasets/banjarmasin/pekppp_scores.parquet"></pantau-source>`;

const CHARTS = `
  <pantau-bar-chart id="units" source="units" x="name" y="count(*)" orientation="horizontal"
    title="Unit"></pantau-bar-chart>
  <pantau-bar-chart id="services" source="apps" x="service" y="count(*)"
    orientation="horizontal" title="Permohonan per layanan"></pantau-bar-chart>
  <pantau-heatmap id="heatmap" source="apps" x="channel" y="service" value="count(*)"
    title="Layanan per kanal"></pantau-heatmap>
  <pantau-line-chart id="line" source="apps" x="submitted_at" interval="year" y="count(*)"
    series="service" title="Permohonan per tahun"></pantau-line-chart>
  <pantau-donut id="donut" source="apps" category="service" value="count(*)"
    title="Bagian per layanan"></pantau-donut>
  <pantau-radar id="radar" source="pekppp" axis="indicator" value="avg(score)" series="year"
    title="Indikator PEKPPP"></pantau-radar>`;

/** The text a reader sees in a `<text>` (or `<tspan>`): its text nodes, not its `<title>`. */
function seen(node: Element): string {
  return [...node.childNodes]
    .map((child) =>
      child.nodeType === Node.TEXT_NODE
        ? (child.textContent ?? '')
        : child instanceof Element && child.localName === 'tspan'
          ? seen(child)
          : '',
    )
    .join('');
}

interface DrawnLabel {
  text: string;
  /** The full label: the `<title>` of a shortened one, else what is drawn. */
  full: string;
}

function drawn(nodes: Iterable<Element>): DrawnLabel[] {
  return [...nodes].map((node) => {
    const text = seen(node).trim();
    return { text, full: node.querySelector('title')?.textContent ?? text };
  });
}

/** Where each chart kind draws its category labels. */
function labelsOf(el: PantauChartElement): DrawnLabel[] {
  const svg = shadow(el).querySelector('svg');
  if (svg === null) throw new Error(`${el.id} drew no SVG`);
  switch (el.localName) {
    case 'pantau-bar-chart':
      return drawn(svg.querySelectorAll('.pantau-axis-band text'));
    case 'pantau-heatmap':
      return drawn(svg.querySelectorAll('.pantau-axis-left text'));
    case 'pantau-line-chart':
      return drawn(svg.querySelectorAll('.pantau-legend-item text'));
    case 'pantau-donut':
      // The name without its bold share: two slices of one size must still read apart.
      return [...svg.querySelectorAll('.pantau-donut-labels text')].map((t) => {
        const name = [...t.querySelectorAll('tspan:not([font-weight])')].map(seen).join(' ');
        return { text: name.trim(), full: t.querySelector('title')?.textContent ?? name.trim() };
      });
    case 'pantau-radar': {
      // An axis label is its lines, one <text> each, all at the spoke's x.
      const byAxis = new Map<string, Element[]>();
      for (const t of svg.querySelectorAll('.pantau-radar-axes text')) {
        const x = t.getAttribute('x') ?? '';
        byAxis.set(x, [...(byAxis.get(x) ?? []), t]);
      }
      return [...byAxis.values()].map((lines) => ({
        text: lines.map(seen).join('\n'),
        full: lines.map((l) => l.querySelector('title')?.textContent ?? seen(l)).join('\n'),
      }));
    }
    default:
      throw new Error(`no labels known for ${el.localName}`);
  }
}

function expectApart(el: PantauChartElement, labels: readonly DrawnLabel[]): void {
  const byText = new Map<string, string>();
  for (const { text, full } of labels) {
    if (text === '') continue;
    const other = byText.get(text);
    expect(other ?? full, `${el.id}: "${text}" is drawn for two labels`).toBe(full);
    byText.set(text, full);
  }
}

describe('category labels on a phone and in a narrow card (real Banjarmasin names)', () => {
  afterEach(unmountAll);

  for (const width of [390, 300]) {
    it(`draws no two different labels alike at ${width} px, and keeps every full name`, async () => {
      const host = mount(`<pantau-dashboard>${SOURCES}${CHARTS}</pantau-dashboard>`);
      host.style.width = `${width}px`;
      await settled(host);
      const charts = [...host.querySelectorAll<PantauChartElement>('[id]')];
      expect(charts).toHaveLength(6);
      for (const el of charts) {
        expect(el.status, el.id).toBe('ready');
        const labels = labelsOf(el);
        expect(labels.length, el.id).toBeGreaterThan(2);
        expectApart(el, labels);
      }
      // The complaint itself: the five kecamatan and the Surat Keterangan services keep the part
      // that tells them apart, and their full names.
      const units = labelsOf(host.querySelector('#units')!);
      for (const side of ['Barat', 'Selatan', 'Tengah', 'Timur', 'Utara']) {
        const kecamatan = units.find((l) => l.full === `Kecamatan Banjarmasin ${side}`);
        expect(kecamatan?.text, side).toMatch(new RegExp(`${side.slice(-3)}$`));
      }
      const services = labelsOf(host.querySelector('#services')!);
      for (const what of ['Domisili', 'Tidak Mampu', 'Sehat']) {
        const surat = services.find((l) => l.full === `Surat Keterangan ${what}`);
        expect(surat?.text, what).toMatch(new RegExp(`${what.slice(-3)}$`));
      }
      // The first run starts DuckDB and loads three Parquet files, slow on a busy machine.
    }, 180_000);
  }
});
