import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';
import type * as EngineCodeModule from './engine-code.ts';

export type EngineCode = typeof EngineCodeModule;

let engineCode: Promise<EngineCode> | null = null;

/**
 * The statement gate, error translation and source loading (engine-code.ts), imported on the
 * first call; a failed fetch (the bundle's files incomplete on the server) is a bilingual error
 * and the next call tries again.
 */
export function loadEngineCode(): Promise<EngineCode> {
  engineCode ??= import('./engine-code.ts').catch((error: unknown) => {
    engineCode = null;
    throw new PantauError({
      code: 'ENGINE_FAILED',
      text: sayBoth(CORE_START_WORDS, 'dataEngineSCode'),
      details: { engineMessage: error instanceof Error ? error.message : String(error) },
      cause: error,
    });
  });
  return engineCode;
}
