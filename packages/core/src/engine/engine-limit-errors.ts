import { ENGINE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';

/** setEngineLimits()'s refusals, loaded only when one is needed (engine-limits.ts). */
export function engineLimitError(kind: 'size' | 'late', value: string): PantauError {
  const shown = value.slice(0, 40);
  if (kind === 'size') {
    return new PantauError({
      code: 'ENGINE_FAILED',
      text: sayBoth(ENGINE_ERRORS, 'sizeUnknown', shown),
      details: { value: shown },
    });
  }
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: sayBoth(ENGINE_ERRORS, 'memoryLimitLocked', shown),
    details: { memoryLimit: shown },
  });
}
