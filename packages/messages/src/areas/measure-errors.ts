import type { Catalogue } from '../catalogue.ts';
import { measureErrors as en } from '../en/measure-errors.ts';
import { measureErrors as id } from '../id/measure-errors.ts';

/** Why a measure expression was refused, and how measures are labelled. */
export const MEASURE_ERRORS = { id, en } satisfies Catalogue<typeof id>;
