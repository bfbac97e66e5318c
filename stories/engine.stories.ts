import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { groupQuery, isPantauError, pageCoordinator } from '@pantau/core';

/**
 * The engine on its own, before any widget: a source registered through @pantau/core and one
 * grouped query, drawn as a plain table. Widgets replace this story when they land.
 */
function renderSourceTable(src: string, groupBy: string, measure: string): HTMLElement {
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  caption.textContent = `${measure} per ${groupBy}`;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.textContent = 'Memuat…';
  figure.append(caption, status);

  const coordinator = pageCoordinator();
  coordinator
    .registerSource({ name: 'story_source', data: src })
    .then((info) =>
      coordinator.query(
        groupQuery({
          table: info.schema,
          groupBy: [groupBy],
          measures: { nilai: measure },
          orderBy: [{ key: 'nilai', desc: true }],
          limit: 10,
        }),
      ),
    )
    .then((result) => {
      const table = document.createElement('table');
      const head = table.createTHead().insertRow();
      for (const name of result.names) {
        const th = document.createElement('th');
        th.scope = 'col';
        th.textContent = name;
        head.append(th);
      }
      const body = table.createTBody();
      for (const row of result.rows()) {
        const tr = body.insertRow();
        for (const name of result.names)
          tr.insertCell().textContent = String(row[name] ?? 'belum input');
      }
      status.textContent = `${result.numRows} baris`;
      figure.append(table);
    })
    .catch((error: unknown) => {
      status.setAttribute('role', 'alert');
      status.textContent = isPantauError(error) ? error.messageIn('id') : String(error);
    });
  return figure;
}

interface Args {
  src: string;
  groupBy: string;
  measure: string;
}

const meta: Meta<Args> = {
  title: 'Engine/Source table',
  render: ({ src, groupBy, measure }) => renderSourceTable(src, groupBy, measure),
  args: {
    src: 'datasets/banjarmasin/service_performance.parquet',
    groupBy: 'unit_code',
    measure: 'sum(completed_on_time) / sum(completed)',
  },
};
export default meta;

export const OnTimeRate: StoryObj<Args> = {};
export const BadColumn: StoryObj<Args> = { args: { measure: 'sum(tidak_ada)' } };
