import type { Catalogue } from '../catalogue.ts';
import { sourcePanel as en } from '../en/source-panel.ts';
import { sourcePanel as id } from '../id/source-panel.ts';

/** `<pantau-source>`'s file panel. */
export const SOURCE_PANEL = { id, en } satisfies Catalogue<typeof id>;
