import { PantauError } from '../errors/pantau-error.ts';

/** A cube could not be built (or its code loaded): widgets read the base table instead. */
export function buildFailed(table: string, error: unknown): PantauError {
  const reason = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'QUERY_FAILED',
    text: {
      id: `Pra-agregasi tabel "${table}" gagal (${reason}); widget tetap membaca tabel aslinya, hanya lebih lambat.`,
      en: `Pre-aggregating table "${table}" failed (${reason}); widgets keep reading the table itself, only slower.`,
    },
    cause: error,
  });
}
