import type { Catalogue } from '../catalogue.ts';
import { engineErrors as en } from '../en/engine-errors.ts';
import { engineErrors as id } from '../id/engine-errors.ts';

/** What the engine reports when a statement is refused or fails. */
export const ENGINE_ERRORS = { id, en } satisfies Catalogue<typeof id>;
