import type { Catalogue } from '../catalogue.ts';
import { ui as en } from '../en/ui.ts';
import { ui as id } from '../id/ui.ts';

/** The widgets' frame: states, buttons, the keyboard hint (loaded at start). */
export const UI = { id, en } satisfies Catalogue<typeof id>;
