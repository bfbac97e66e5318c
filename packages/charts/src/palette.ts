/**
 * Colours. Every colour is a CSS custom property with a fallback, so a page's theme (and the dark
 * theme) can restyle marks without re-rendering; PNG export resolves them first. The fallbacks
 * are colour-blind safe and reach 3:1 against white (checked in test/palette.test.ts). Meaning is
 * never in colour alone: grades carry their letter, series carry a label and a symbol.
 */

import type { CategoryBand } from './types.ts';

/** Series colours: a blue/orange/green/purple/… sequence distinguishable with deuteranopia. */
export const SERIES_COLORS: readonly string[] = Object.freeze([
  '#1f5fa8',
  '#c2410c',
  '#047857',
  '#7c3aed',
  '#a16207',
  '#be185d',
  '#0e7490',
  '#4b5563',
]);

export function seriesColor(i: number): string {
  const n = SERIES_COLORS.length;
  const index = ((i % n) + n) % n;
  return `var(--pantau-sys-series-${index + 1}, ${SERIES_COLORS[index]})`;
}

/** Text, axis, grid and surface colours as CSS variables with light-theme fallbacks. */
export const INK = {
  text: 'var(--pantau-sys-text, #1f2937)',
  muted: 'var(--pantau-sys-text-muted, #4b5563)',
  axis: 'var(--pantau-sys-axis, #6b7280)',
  grid: 'var(--pantau-sys-grid, #e5e7eb)',
  surface: 'var(--pantau-sys-surface, #ffffff)',
  target: 'var(--pantau-sys-target, #111827)',
  missing: 'var(--pantau-sys-missing, #9ca3af)',
  focus: 'var(--pantau-sys-focus, #1d4ed8)',
  positive: 'var(--pantau-sys-positive, #047857)',
  negative: 'var(--pantau-sys-negative, #b91c1c)',
} as const;

/** Grade colours, keyed by code, shared by IKM, PEKPPP and IID scales. */
export const GRADE_COLORS: Readonly<Record<string, string>> = Object.freeze({
  // IKM (PermenPANRB 14/2017): A Sangat Baik .. D Tidak Baik
  'ikm:A': '#15803d',
  'ikm:B': '#1d4ed8',
  'ikm:C': '#b45309',
  'ikm:D': '#b91c1c',
  // PEKPPP grades A .. F
  'pekppp:A': '#15803d',
  'pekppp:A-': '#4d7c0f',
  'pekppp:B': '#1d4ed8',
  'pekppp:B-': '#0369a1',
  'pekppp:C': '#b45309',
  'pekppp:C-': '#c2410c',
  'pekppp:D': '#b91c1c',
  'pekppp:E': '#9f1239',
  'pekppp:F': '#6b21a8',
  // IID predicates (codes as in @pantau/core's IID_PREDICATES)
  'iid:sangat-inovatif': '#15803d',
  'iid:inovatif': '#1d4ed8',
  'iid:kurang-inovatif': '#b45309',
  'iid:tidak-dapat-dinilai': '#4b5563',
});

/** A graded metric's scale (@pantau/core `MetricGrades.scale`): 'ikm', 'pekppp', 'iid' or a page's own. */
export type GradeScale = string;

/**
 * The colour of a grade, as a themable CSS variable (`--pantau-sys-grade-ikm-a`); `own` is the
 * band's colour for a scale the palette does not know.
 */
export function gradeColor(scale: GradeScale, code: string, own?: string): string {
  const fallback = GRADE_COLORS[`${scale}:${code}`] ?? own ?? INK.muted;
  const token = `${scale}-${code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '-minus')}`;
  return `var(--pantau-sys-grade-${token}, ${fallback})`;
}

/** Bands with their colours, ready for a gauge or a legend. */
export function colorBands(
  scale: GradeScale,
  bands: readonly Omit<CategoryBand, 'color'>[],
): CategoryBand[] {
  return bands.map((band) => ({ ...band, color: gradeColor(scale, band.code) }));
}

/** Sequential ramp for heatmaps (light to dark blue); 0..1 in, a colour out. */
export const SEQUENTIAL_STOPS: readonly string[] = Object.freeze([
  '#eff6ff',
  '#bfdbfe',
  '#60a5fa',
  '#2563eb',
  '#1e3a8a',
]);
