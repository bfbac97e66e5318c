import type { Translation } from '../catalogue.ts';
import type { brushWords as id } from '../id/brush-words.ts';

export const brushWords: Translation<typeof id> = {
  brushKeyboardHint:
    'Shift+Left or Right arrow selects a time range from the focused point, Enter applies it as a filter; drag across the chart to select with a pointer.',
  range: 'Range',
  rangeHint: 'Enter filters the other widgets, Esc cancels.',
  rangeCancelled: 'Range cancelled.',
};
