/** `<pantau-source>`'s panel sentences that carry numbers: formatted here, worded by the catalogue. */

import { formatNumber, PantauError, type Lang } from '@pantau/core';
import { say, sayBoth, SOURCE_PANEL } from '@pantau/messages';

/** `3,4 MB` / `3.4 MB`; under 1 MB in kB. */
export function bytesText(bytes: number, lang: Lang): string {
  if (bytes < 1e6) return `${formatNumber(Math.round(bytes / 1e3), lang, { decimals: 0 })} kB`;
  return `${formatNumber(bytes / 1e6, lang, { decimals: 1 })} MB`;
}

/** `1,2 MB dari 3,4 MB` / `1.2 MB of 3.4 MB`, or just what has arrived when the size is unknown. */
export function amountText(loaded: number, total: number | null, lang: Lang): string {
  if (total === null) return bytesText(loaded, lang);
  return say(SOURCE_PANEL, lang, 'amount', bytesText(loaded, lang), bytesText(total, lang));
}

export function loadedText(name: string, rows: number, bytes: number | null, lang: Lang): string {
  const count = formatNumber(rows, lang, { decimals: 0 });
  const size = bytes === null ? '' : ` (${bytesText(bytes, lang)})`;
  return say(SOURCE_PANEL, lang, 'loaded', name, count, size);
}

/** The reader stopped a load: what happened and how to get the data after all. */
export function loadCancelled(source: string): PantauError {
  return new PantauError({
    code: 'SOURCE_FETCH_FAILED',
    text: sayBoth(SOURCE_PANEL, 'cancelled', source),
    details: { source, reason: 'cancelled' },
  });
}
