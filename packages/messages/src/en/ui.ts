import type { Translation } from '../catalogue.ts';
import type { ui as id } from '../id/ui.ts';

export const ui: Translation<typeof id> = {
  loading: 'Loading data…',
  empty: 'No data',
  emptyHint: 'The source has no rows for this view. Check the filters or the source’s contents.',
  errorTitle: 'This widget cannot be shown',
  errorCode: 'Code',
  retry: 'Retry',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  download: 'Download',
  tableAndDownloads: 'Table & download',
  downloadCsv: 'Download data (CSV)',
  downloadSvg: 'Download image (SVG)',
  downloadPng: 'Download image (PNG)',
  keyboardHint:
    'Use the arrow keys to move between data points, Enter to select and filter the other widgets (Shift+Enter adds), Esc to close the tooltip, then to clear the choice.',
  chart: 'Chart',
  selected: 'Selected',
  othersFiltered: 'The other widgets on this dashboard are now filtered. Esc clears the choice.',
  selectionCleared: 'Choice cleared.',
  tableOf: 'Data table',
  pngFailed: 'A PNG cannot be made on this page (its security policy). Use SVG instead.',
  somethingWentWrong: (message) => `Something went wrong: ${message}`,
  widgetNoDataSource: 'This widget has no data source yet: set source="table-name".',
  legendChooseSeriesFilter: 'Legend: choose a series to filter the other widgets',
};
