/** What a period is called in a summary, apart from line/summary.ts so a brush's words need only this. */

import type { SummaryNoun } from './summary.ts';
import type { TimeInterval } from './periods.ts';

export const PERIOD_NOUNS: Readonly<Record<TimeInterval, SummaryNoun>> = Object.freeze({
  day: { id: 'hari', en: 'day', enPlural: 'days' },
  week: { id: 'pekan', en: 'week', enPlural: 'weeks' },
  month: { id: 'bulan', en: 'month', enPlural: 'months' },
  year: { id: 'tahun', en: 'year', enPlural: 'years' },
});

export const POINT_NOUN: Readonly<SummaryNoun> = Object.freeze({
  id: 'titik',
  en: 'point',
  enPlural: 'points',
});
