import type { Catalogue } from '../catalogue.ts';
import { filterSetup as en } from '../en/filter-setup.ts';
import { filterSetup as id } from '../id/filter-setup.ts';

/** <pantau-filter>'s setup errors, bounds checks and quick ranges (loaded with its controls). */
export const FILTER_SETUP = { id, en } satisfies Catalogue<typeof id>;
