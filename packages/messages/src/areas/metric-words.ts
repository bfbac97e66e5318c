import type { Catalogue } from '../catalogue.ts';
import { metricWords as en } from '../en/metric-words.ts';
import { metricWords as id } from '../id/metric-words.ts';

/** Public-service metrics: their labels, grades and errors. */
export const METRIC_WORDS = { id, en } satisfies Catalogue<typeof id>;
