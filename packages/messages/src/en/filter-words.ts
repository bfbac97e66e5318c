import type { Translation } from '../catalogue.ts';
import type { filterWords as id } from '../id/filter-words.ts';

export const filterWords: Translation<typeof id> = {
  all: 'All',
  loadingOptions: 'Loading options…',
  filterErrorTitle: 'This filter cannot be shown',
  retry: 'Retry',
  errorCode: 'Code',
  rangeFrom: 'From',
  rangeTo: 'To',
  clear: 'Clear',
  clearChoice: 'Clear choice',
  searchOptions: 'Type to search',
  noMatch: 'Nothing matches.',
  noOptions: 'No options under the other active filters.',
  presets: 'Quick ranges',
  noData: 'No data',
  rows: 'rows',
  chosen: 'chosen',
  notChosen: 'not chosen',
  cleared: 'Filter cleared.',
  applied: 'Filter applied',
  listHint: 'Down arrow opens the list, Enter chooses or unchooses, Esc closes.',
  chosenCount: (count) => `${count} chosen`,
  cappedNote: (shown, total, searchable) =>
    `Showing ${shown} of ${total} values${searchable ? '; type to find the others' : ''}.`,
  rowCount: (total) => `${total} rows`,
  matchCount: (matches, total) => `${matches} of ${total} rows match`,
  extentNote: (low, high) => `Data range: ${low} – ${high}`,
  noDashboard:
    '<pantau-filter> must sit inside a <pantau-dashboard>: a filter filters the other widgets of its dashboard. Move this element into the dashboard.',
  filterContains: (title, term) => `${title} contains “${term}”`,
};
