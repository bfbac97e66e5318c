import type { Lang } from '@pantau/core';

/**
 * The words beside figures painted from a first-view snapshot, until the live query checks them.
 * The time is the reader's own clock (a real instant, unlike DuckDB's zone-less timestamps).
 */
export function snapshotNote(takenAt: Date, lang: Lang): string {
  const when = takenAt.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return lang === 'en'
    ? `Snapshot of ${when}, being checked against the current data…`
    : `Cuplikan ${when}, sedang dicocokkan dengan data terkini…`;
}
