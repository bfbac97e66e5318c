import type { Lang } from '../errors/pantau-error.ts';
import { cached, numberFormat } from './intl-cache.ts';
import { isMissing, isNotComputable, missingLabel, notComputableLabel } from './missing.ts';
import { plainSpaces } from './spaces.ts';

/**
 * Short numbers for axis ticks and cards: `12 rb`, `1,2 jt`, `1,2 M`, `1,2 T` (id) / `12K`,
 * `1.2M`, `1.2B`, `1.2T` (en). Intl's default rounding (two significant digits below 100 of a
 * unit, whole units above). Beyond trillions the count of T is grouped: `1.200 T`.
 */
export function formatCompact(value: number | bigint | null | undefined, lang: Lang): string {
  if (isMissing(value)) return missingLabel(lang);
  if (isNotComputable(value)) return notComputableLabel(lang);
  return compactFormatter(lang)(value);
}

const COMPACT: Intl.NumberFormatOptions = Object.freeze({
  notation: 'compact',
  useGrouping: 'always',
  signDisplay: 'negative',
});

const resolved = new Map<string, (value: number | bigint) => string>();

/** formatCompact's formatting, resolved once for a language (see numberFormatter). */
export function compactFormatter(lang: Lang): (value: number | bigint) => string {
  return cached(resolved, lang, () => {
    const format = numberFormat(lang, COMPACT);
    return (value) => plainSpaces(format.format(value));
  });
}
