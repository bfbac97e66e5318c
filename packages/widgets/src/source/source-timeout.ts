import { WIDGET_SETUP, sayBoth } from '@pantau/messages';
import { PantauError } from '@pantau/core';

const DURATION = /^(\d+(?:[.,]\d+)?)\s*(ms|s|m|min)?$/i;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000 };

/**
 * The `timeout` attribute of `<pantau-source>` in milliseconds: `30s`, `2m`, `1500ms`, or a bare
 * number of seconds; empty means the engine's default. Under a second or over an hour is refused:
 * both are typing mistakes more often than wishes.
 */
export function parseSourceTimeout(source: string, text: string): number | undefined {
  const given = text.trim();
  if (given === '') return undefined;
  const match = DURATION.exec(given);
  const ms = match
    ? Number(match[1]!.replace(',', '.')) * UNIT_MS[(match[2] ?? 's').toLowerCase()]!
    : NaN;
  if (!(ms >= 1000 && ms <= 3_600_000)) {
    throw new PantauError({
      code: 'SOURCE_FETCH_FAILED',
      text: sayBoth(WIDGET_SETUP, 'timeoutUnknown', given.slice(0, 40), source),
      details: { source, timeout: given.slice(0, 40), reason: 'bad-timeout' },
    });
  }
  return ms;
}
