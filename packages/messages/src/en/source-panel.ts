import type { Translation } from '../catalogue.ts';
import type { sourcePanel as id } from '../id/source-panel.ts';

export const sourcePanel: Translation<typeof id> = {
  pick: 'Your data file (CSV, Parquet, Arrow, JSON)',
  drop: 'Choose a file, or drop it on this box.',
  local: 'The file is read in this browser only, never uploaded anywhere.',
  engine: 'DuckDB data engine (downloaded once)',
  cancel: 'Cancel loading',
  retry: 'Retry',
  inserting: 'going into the data engine…',
  amount: (loaded, total) => `${loaded} of ${total}`,
  loadingSource: (name) => `Loading source "${name}"`,
  loaded: (name, rows, size) => `Source "${name}" loaded: ${rows} rows${size}.`,
  cancelled: (source) =>
    `Loading source "${source}" was cancelled. Choose "Retry" to load it again.`,
};
