import { css } from 'lit';

/**
 * The page-level design tokens (`--pantau-sys-*`) with their light defaults. Elements read them
 * through their own tier (`--pantau-chart-*`), so a page restyles every widget with a few
 * variables, and one widget with its own. `<pantau-dashboard theme="dark">` swaps this set.
 */
export const lightTokens = css`
  --pantau-sys-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  --pantau-sys-text: #1f2937;
  --pantau-sys-text-muted: #4b5563;
  --pantau-sys-surface: #ffffff;
  --pantau-sys-surface-muted: #f3f4f6;
  --pantau-sys-border: #d1d5db;
  --pantau-sys-axis: #6b7280;
  --pantau-sys-grid: #e5e7eb;
  --pantau-sys-focus: #1d4ed8;
  --pantau-sys-error: #b91c1c;
  --pantau-sys-radius: 8px;
`;

/**
 * Dark: light marks on a dark surface. Text drawn on a mark (grade letters, values inside bars)
 * uses the surface colour, so it stays dark on these light fills, as it is white on the light
 * theme's dark fills.
 */
export const darkTokens = css`
  --pantau-sys-text: #f3f4f6;
  --pantau-sys-text-muted: #d1d5db;
  --pantau-sys-surface: #111827;
  --pantau-sys-surface-muted: #1f2937;
  --pantau-sys-border: #374151;
  --pantau-sys-axis: #9ca3af;
  --pantau-sys-grid: #374151;
  --pantau-sys-focus: #93c5fd;
  --pantau-sys-error: #fca5a5;
  --pantau-sys-target: #f9fafb;
  --pantau-sys-missing: #9ca3af;
  --pantau-sys-positive: #6ee7b7;
  --pantau-sys-negative: #fca5a5;
  --pantau-sys-series-1: #93c5fd;
  --pantau-sys-series-2: #fdba74;
  --pantau-sys-series-3: #6ee7b7;
  --pantau-sys-series-4: #c4b5fd;
  --pantau-sys-series-5: #fcd34d;
  --pantau-sys-series-6: #f9a8d4;
  --pantau-sys-series-7: #67e8f9;
  --pantau-sys-series-8: #d1d5db;
  --pantau-sys-grade-ikm-a: #4ade80;
  --pantau-sys-grade-ikm-b: #93c5fd;
  --pantau-sys-grade-ikm-c: #fbbf24;
  --pantau-sys-grade-ikm-d: #f87171;
  --pantau-sys-grade-pekppp-a: #4ade80;
  --pantau-sys-grade-pekppp-a-minus: #a3e635;
  --pantau-sys-grade-pekppp-b: #93c5fd;
  --pantau-sys-grade-pekppp-b-minus: #7dd3fc;
  --pantau-sys-grade-pekppp-c: #fbbf24;
  --pantau-sys-grade-pekppp-c-minus: #fdba74;
  --pantau-sys-grade-pekppp-d: #f87171;
  --pantau-sys-grade-pekppp-e: #fda4af;
  --pantau-sys-grade-pekppp-f: #d8b4fe;
  --pantau-sys-grade-iid-sangat-inovatif: #4ade80;
  --pantau-sys-grade-iid-inovatif: #93c5fd;
  --pantau-sys-grade-iid-kurang-inovatif: #fbbf24;
  --pantau-sys-grade-iid-tidak-dapat-dinilai: #d1d5db;
`;
