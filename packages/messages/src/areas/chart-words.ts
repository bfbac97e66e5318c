import type { Catalogue } from '../catalogue.ts';
import { chartWords as en } from '../en/chart-words.ts';
import { chartWords as id } from '../id/chart-words.ts';

/** What chart renderers write themselves (loaded with the renderers). */
export const CHART_WORDS = { id, en } satisfies Catalogue<typeof id>;
