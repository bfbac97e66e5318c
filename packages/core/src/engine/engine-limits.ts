import { PantauError } from '../errors/pantau-error.ts';
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

/** `"512MB"`, `"1.5GB"`, `"1000000"` (bytes) or a number, as bytes; anything else is refused. */
export function parseByteSize(value: number | string): number {
  const text = String(value).trim();
  const match = SIZE.exec(text);
  const bytes = match
    ? Math.round(Number(match[1]!.replace(',', '.')) * UNIT[(match[2] ?? 'b').toLowerCase()]!)
    : NaN;
  if (!(bytes >= 1)) {
    throw new PantauError({
      code: 'ENGINE_FAILED',
      text: {
        id: `Ukuran "${text.slice(0, 40)}" tidak dikenali. Tulis seperti "800MB" atau "1.5GB".`,
        en: `Size "${text.slice(0, 40)}" is not understood. Write it like "800MB" or "1.5GB".`,
      },
      details: { value: text.slice(0, 40) },
    });
  }
  return bytes;
}

/**
 * Sets the page engine's limits (or `connector`'s). The source cap applies to the next load; the
 * memory limit only before the engine starts, else ENGINE_FAILED says so.
 */
export function setEngineLimits(
  limits: EngineLimits,
  connector: DuckDBConnector = pageConnector(),
): void {
  connector.setLimits({
    ...(limits.maxSourceBytes === undefined
      ? {}
      : { maxSourceBytes: parseByteSize(limits.maxSourceBytes) }),
    ...(limits.memoryLimit === undefined ? {} : { memoryLimit: limits.memoryLimit.trim() }),
  });
}
