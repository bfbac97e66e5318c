import type { Catalogue } from '../catalogue.ts';
import { serverErrors as en } from '../en/server-errors.ts';
import { serverErrors as id } from '../id/server-errors.ts';

/** What a Pantau server answers when it cannot (packages/server). */
export const SERVER_ERRORS = { id, en } satisfies Catalogue<typeof id>;
