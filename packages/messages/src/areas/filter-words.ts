import type { Catalogue } from '../catalogue.ts';
import { filterWords as en } from '../en/filter-words.ts';
import { filterWords as id } from '../id/filter-words.ts';

/** `<pantau-filter>`'s controls. */
export const FILTER_WORDS = { id, en } satisfies Catalogue<typeof id>;
