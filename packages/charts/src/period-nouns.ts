/** What a period is called in a summary, apart from line/summary.ts so a brush's words need only this. */

import type { SummaryNoun } from './summary.ts';
import { catalogueNoun } from './nouns.ts';
import type { TimeInterval } from './periods.ts';

export const PERIOD_NOUNS: Readonly<Record<TimeInterval, SummaryNoun>> =
  /* @__PURE__ */ Object.freeze({
    day: catalogueNoun('countDay'),
    week: catalogueNoun('countWeek'),
    month: catalogueNoun('countMonth'),
    year: catalogueNoun('countYear'),
  });

export const POINT_NOUN: Readonly<SummaryNoun> = /* @__PURE__ */ catalogueNoun('countPoint');
