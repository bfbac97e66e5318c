import type { Catalogue } from '../catalogue.ts';
import { widgetSetup as en } from '../en/widget-setup.ts';
import { widgetSetup as id } from '../id/widget-setup.ts';

/** Why an element's attribute was refused (loaded with the attribute checks). */
export const WIDGET_SETUP = { id, en } satisfies Catalogue<typeof id>;
