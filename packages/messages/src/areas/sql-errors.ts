import type { Catalogue } from '../catalogue.ts';
import { sqlErrors as en } from '../en/sql-errors.ts';
import { sqlErrors as id } from '../id/sql-errors.ts';

/** Why a filter, a value or a metric's use was refused (core's query builders). */
export const SQL_ERRORS = { id, en } satisfies Catalogue<typeof id>;
