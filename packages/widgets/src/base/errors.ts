import { PantauError, isPantauError } from '@pantau/core';

/** Any thrown value as a PantauError the element can show in both languages. */
export function toError(error: unknown): PantauError {
  if (isPantauError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'BAD_DATA',
    text: {
      id: `Data ini tidak dapat digambar: ${message}`,
      en: `This data cannot be drawn: ${message}`,
    },
    cause: error,
  });
}
