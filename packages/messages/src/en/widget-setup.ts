import type { Translation } from '../catalogue.ts';
import type { widgetSetup as id } from '../id/widget-setup.ts';

export const widgetSetup: Translation<typeof id> = {
  targetExample: 'target="0.9" or target="80"',
};
