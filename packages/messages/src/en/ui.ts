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
  sourceNameTaken: (name) =>
    `This dashboard already has a <pantau-source name="${name}">. Give each source in one dashboard its own name; this one is not loaded.`,
  sourceMissing: (name) =>
    `There is no data source "${name}". Add <pantau-source name="${name}" src="..."> to this dashboard, or fix the source attribute.`,
  widgetCodeNotLoaded: (message) =>
    `This widget's code could not be loaded (${message}). Check that every .js file beside pantau.js was copied to the server, then reload the page.`,
  dataCannotBeDrawn: (message) => `This data cannot be drawn: ${message}`,
  sourceFormatUnknown: (given, name) =>
    `Unknown format "${given}" for source "${name}". Choose csv, parquet, arrow or json.`,
};
