import type { Catalogue } from '../catalogue.ts';
import { tableWords as en } from '../en/table-words.ts';
import { tableWords as id } from '../id/table-words.ts';

/** The data table's paging and sorting. */
export const TABLE_WORDS = { id, en } satisfies Catalogue<typeof id>;
