import { render, type TemplateResult } from 'lit';
import { PantauError } from '@pantau/core';
import { execTrusted } from '../../packages/core/src/coordinator/trusted-exec.ts';
import '@pantau/widgets/define';

/**
 * Tables a story makes beside its `<pantau-source>` files, announced to the dashboard's source
 * registry the way the demo announces its views: widgets wait for them as for a source.
 */
export interface StoryTables {
  /** SQL views over the dashboard's sources, created once the sources are loaded. */
  views?: Record<string, string>;
  /** Table names whose load never finishes: widgets reading them stay in their loading state. */
  pending?: string[];
}

/**
 * Renders `template` (one `<pantau-dashboard>` with its sources and widgets) into a container and
 * announces the story's extra tables on that dashboard. Works the same in `storybook dev`, the
 * static build and the story tests: nothing depends on a server that answers slowly.
 */
export function withTables(template: TemplateResult, tables: StoryTables): HTMLElement {
  const container = document.createElement('div');
  render(template, container);
  const dashboard = container.querySelector('pantau-dashboard');
  if (dashboard === null) throw new Error('withTables: the story has no <pantau-dashboard>');

  for (const name of tables.pending ?? []) {
    dashboard.sources.announce(name, new Promise<never>(() => {}));
  }

  const views = Object.entries(tables.views ?? {});
  if (views.length > 0) {
    const sources = [...dashboard.querySelectorAll('pantau-source')].map((source) => source.ready);
    const created = Promise.all(sources).then(async (loaded) => {
      if (loaded.includes(null)) {
        throw new PantauError({
          code: 'SOURCE_NOT_FOUND',
          text: {
            id: 'Sumber data cerita ini gagal dimuat, sehingga view-nya tidak dapat dibuat.',
            en: "This story's sources failed to load, so its views could not be created.",
          },
        });
      }
      // Names and SQL are the stories' own constants, never user input.
      await execTrusted(
        dashboard.coordinator,
        views.map(([name, sql]) => `CREATE OR REPLACE VIEW ${name} AS ${sql}`).join(';\n'),
      );
    });
    for (const [name] of views) dashboard.sources.announce(name, created);
  }
  return container;
}

/**
 * The Banjarmasin data runs from January 2022 to December 2024: a view of 2025 is a year nobody
 * has reported yet, the honest way to an empty widget ("Tidak ada data").
 */
export const NOT_YET_REPORTED = {
  layanan: `SELECT * FROM layanan WHERE month >= DATE '2025-01-01'`,
  apps: `SELECT * FROM apps WHERE submitted_at >= TIMESTAMP '2025-01-01 00:00:00'`,
  ikm: `SELECT * FROM ikm WHERE date >= DATE '2025-01-01'`,
  pekppp: `SELECT * FROM pekppp WHERE year >= 2025`,
  inovasi: `SELECT * FROM inovasi WHERE first_assessed_year >= 2025`,
} as const;
