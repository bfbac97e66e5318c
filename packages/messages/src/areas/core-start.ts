import type { Catalogue } from '../catalogue.ts';
import { coreStart as en } from '../en/core-start.ts';
import { coreStart as id } from '../id/core-start.ts';

/** What core says before any lazily loaded module: the coordinator, the engine's start, names, missing values. */
export const CORE_START_WORDS = { id, en } satisfies Catalogue<typeof id>;
