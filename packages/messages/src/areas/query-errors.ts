import type { Catalogue } from '../catalogue.ts';
import { queryErrors as en } from '../en/query-errors.ts';
import { queryErrors as id } from '../id/query-errors.ts';

/** Plans and remote answers that cannot be used. */
export const QUERY_ERRORS = { id, en } satisfies Catalogue<typeof id>;
