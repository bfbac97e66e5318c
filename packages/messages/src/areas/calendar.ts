import type { Catalogue } from '../catalogue.ts';
import { calendar as en } from '../en/calendar.ts';
import { calendar as id } from '../id/calendar.ts';

/** Month and day names (core's formats, charts' axes, the KPI tile). */
export const CALENDAR = { id, en } satisfies Catalogue<typeof id>;
