/** Counted nouns ("3 unit", "3 units") from the catalogue, as summaries take them. */

import { say, CHART_WORDS, type MessageKey } from '@pantau/messages';
import type { SummaryNoun } from './summary.ts';

/** The catalogue's counted nouns (`countUnit`, `countDay`, ...). */
export type CountedNoun = Extract<MessageKey<typeof CHART_WORDS>, `count${string}`>;

/**
 * A counted noun of the catalogue in the shape summaries take (which callers may also pass
 * their own nouns in): the Indonesian noun, the English singular and plural.
 */
export function catalogueNoun(key: CountedNoun): Readonly<SummaryNoun> {
  return Object.freeze({
    id: say(CHART_WORDS, 'id', key, 1),
    en: say(CHART_WORDS, 'en', key, 1),
    enPlural: say(CHART_WORDS, 'en', key, 2),
  });
}
