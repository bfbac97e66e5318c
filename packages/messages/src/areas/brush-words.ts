import type { Catalogue } from '../catalogue.ts';
import { brushWords as en } from '../en/brush-words.ts';
import { brushWords as id } from '../id/brush-words.ts';

/** The line chart's time-range brush. */
export const BRUSH_WORDS = { id, en } satisfies Catalogue<typeof id>;
