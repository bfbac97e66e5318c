import type { Translation } from '../catalogue.ts';
import type { tableWords as id } from '../id/table-words.ts';

export const tableWords: Translation<typeof id> = {
  previousPage: 'Previous',
  nextPage: 'Next',
  pages: 'Table pages',
  rows: 'rows',
  ascending: 'ascending',
  descending: 'descending',
  sortedBy: 'sorted by',
  showing: 'Showing rows',
  sortHint: 'sort',
};
