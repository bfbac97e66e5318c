import { codeOnDemand } from './code-on-demand.ts';
import type * as EngineCodeModule from './engine-code.ts';

export type EngineCode = typeof EngineCodeModule;

/**
 * The statement gate, error translation and source loading (engine-code.ts), imported on the
 * first call; a failed fetch is a bilingual error and the next call tries again.
 */
const engineCode = codeOnDemand(() => import('./engine-code.ts'), 'dataEngineSCode');

export const loadEngineCode = (): Promise<EngineCode> => engineCode.load();
