import type { DuckDBConnector } from './duckdb-connector.ts';
import { pageConnector } from './page-engine.ts';

/**
 * The page engine's limits, settable from the bundle (issue 17 item 6): before, the size error
 * told authors to raise `maxSourceBytes`, which only code holding the connector could reach.
 * `<pantau-dashboard max-source-size="1GB" memory-limit="2GB">` calls this too.
 */
export interface EngineLimits {
  /** Largest source accepted: bytes, or text such as `"800MB"`, `"1.5GB"`. */
  maxSourceBytes?: number | string;
  /** DuckDB's own memory limit (`"2GB"`); only before the engine starts (its settings lock). */
  memoryLimit?: string;
}

const SIZE = /^(\d+(?:[.,]\d+)?)\s*(b|kb|mb|gb)?$/i;
const UNIT: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `"512MB"`, `"1.5GB"`, `"1000000"` (bytes) or a number, as bytes; NaN when not understood. */
export function parseByteSize(value: number | string): number {
  const match = SIZE.exec(String(value).trim());
  const bytes = match
    ? Math.round(Number(match[1]!.replace(',', '.')) * UNIT[(match[2] ?? 'b').toLowerCase()]!)
    : NaN;
  return bytes >= 1 ? bytes : NaN;
}

/**
 * Sets the page engine's limits (or `connector`'s) at once, so they hold for a source that
 * connects next. The source cap applies from the next load; the memory limit only before the
 * engine starts. Resolves when applied; rejects with a bilingual ENGINE_FAILED saying what to
 * write, or where to set it (the texts load only then: this function is in the page's first
 * chunk).
 */
export function setEngineLimits(
  limits: EngineLimits,
  connector: DuckDBConnector = pageConnector(),
): Promise<void> {
  try {
    const given = limits.maxSourceBytes;
    const maxSourceBytes = given === undefined ? undefined : parseByteSize(given);
    if (Number.isNaN(maxSourceBytes)) return refuse('size', String(given));
    const memoryLimit = limits.memoryLimit?.trim();
    const late = connector.setLimits({
      ...(maxSourceBytes === undefined ? {} : { maxSourceBytes }),
      ...(memoryLimit === undefined ? {} : { memoryLimit }),
    });
    return late ? refuse('late', memoryLimit ?? '') : Promise.resolve();
  } catch (error) {
    return Promise.reject(error as Error); // a malformed memory limit (lockdown.ts says so)
  }
}

async function refuse(kind: 'size' | 'late', value: string): Promise<never> {
  const { engineLimitError } = await import('./engine-limit-errors.ts');
  throw engineLimitError(kind, value);
}
