import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';

/** The bilingual errors of loading a source, in one place so their wording stays consistent. */

/**
 * Over the cap, known before the data is read: from the file's size, or for Parquet from its
 * footer (`decoded`: the size of the columns asked for once decoded). Names the limit and the
 * ways out, since a page that runs out of memory halfway tells its readers nothing.
 */
export function sourceTooLarge(
  source: string,
  bytes: number,
  limit: number,
  measure: 'file' | 'decoded' = 'file',
): PantauError {
  const mb = (n: number) => `${Math.max(1, Math.round(n / (1024 * 1024)))} MB`;
  const what =
    measure === 'file'
      ? sayBoth(SOURCE_ERRORS, 'sizeIs', mb(bytes))
      : sayBoth(SOURCE_ERRORS, 'needsColumnsLoaded', mb(bytes));
  return new PantauError({
    code: 'SOURCE_TOO_LARGE',
    text: sayBoth(SOURCE_ERRORS, 'sourceOverLimitOne', source, what, mb(limit)),
    details: { source, bytes, limit, measure },
  });
}

export function sourceEmpty(source: string): PantauError {
  return new PantauError({
    code: 'SOURCE_EMPTY',
    text: sayBoth(SOURCE_ERRORS, 'fileSourceEmptyCheck', source),
    details: { source },
  });
}

export function sourceFormatMismatch(
  source: string,
  declared: string,
  actual: { id: string; en: string },
  advice?: { id: string; en: string },
  cause?: unknown,
): PantauError {
  return new PantauError({
    code: 'SOURCE_FORMAT_MISMATCH',
    text: sayBoth(
      SOURCE_ERRORS,
      'sourceShouldButHolds',
      source,
      declared.toUpperCase(),
      actual,
      advice,
    ),
    details: { source, declared, actual: actual.en, ...engineMessage(cause) },
    ...(cause === undefined ? {} : { cause }),
  });
}

export function sourceParseFailed(
  source: string,
  format: string,
  problem: { id: string; en: string },
  cause?: unknown,
): PantauError {
  return new PantauError({
    code: 'SOURCE_PARSE_FAILED',
    text: sayBoth(SOURCE_ERRORS, 'fileSourceCouldNot', format.toUpperCase(), source, problem),
    details: { source, format, ...engineMessage(cause) },
    cause,
  });
}

/** The engine's own (English) words, kept for developers beside the bilingual text. */
function engineMessage(cause: unknown): { engineMessage?: string } {
  if (cause === undefined) return {};
  return { engineMessage: cause instanceof Error ? cause.message : String(cause) };
}

/** Code that reads sources (`format` empty) or one format could not be fetched. */
export function decoderLoadFailed(source: string, format: string, cause: unknown): PantauError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const what = format
    ? sayBoth(SOURCE_ERRORS, 'formatReaderCode', format.toUpperCase())
    : sayBoth(SOURCE_ERRORS, 'sourceReader');
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: sayBoth(SOURCE_ERRORS, 'sourceCouldNotLoaded', what, source, message),
    details: { source, format },
    cause,
  });
}

/** `columns` names a column the Parquet file does not have. */
export function sourceColumnMissing(
  source: string,
  missing: readonly string[],
  available: readonly string[],
): PantauError {
  const list = available.slice(0, 30).join(', ') + (available.length > 30 ? ', …' : '');
  const asked = missing.map((name) => `"${name.slice(0, 80)}"`).join(', ');
  return new PantauError({
    code: 'UNKNOWN_COLUMN',
    text: sayBoth(SOURCE_ERRORS, 'sourceNoColumnWhich', source, asked, list),
    details: { source, missing, available },
  });
}
