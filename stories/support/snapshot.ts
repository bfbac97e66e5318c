import { render, type TemplateResult } from 'lit';
import '@pantau/widgets/define';
import { withTables } from './tables.ts';

/**
 * Shows a page as a visitor sees it while DuckDB has not answered yet but a first-view snapshot
 * has: `live` (one `<pantau-dashboard>` with its sources) is rendered out of sight, its
 * `takeSnapshot()` is taken, then `held(snapshotUrl)` is rendered with the tables named in
 * `pending` never loading, so its widgets keep the snapshot's figures, provisional, for as long as
 * the story is open. Nothing depends on a slow server.
 */
export function heldAtSnapshot(
  live: TemplateResult,
  held: (snapshot: string) => TemplateResult,
  pending: string[],
): HTMLElement {
  const container = document.createElement('div');
  const scratch = document.createElement('div');
  scratch.hidden = true;
  container.append(scratch);
  render(live, scratch);
  const dashboard = scratch.querySelector('pantau-dashboard');
  if (dashboard === null)
    throw new Error('heldAtSnapshot: the live page has no <pantau-dashboard>');
  void dashboard.takeSnapshot().then((file) => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
    scratch.remove();
    container.append(withTables(held(url), { pending }));
  });
  return container;
}
