import type { Catalogue } from '../catalogue.ts';
import { sourceErrors as en } from '../en/source-errors.ts';
import { sourceErrors as id } from '../id/source-errors.ts';

/** Why a source could not be loaded (core's sources, loaded with the first source). */
export const SOURCE_ERRORS = { id, en } satisfies Catalogue<typeof id>;
