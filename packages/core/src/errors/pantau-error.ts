/**
 * The one error type Pantau throws. Every failure a page can meet (a bad file, a missing column,
 * a refused query) carries a stable `code` that code can branch on, and a message in Indonesian
 * and in English that tells the reader what to do about it.
 */

import type { BilingualText, Lang } from '@pantau/messages';

export type ErrorCode =
  | 'SOURCE_NOT_FOUND'
  | 'SOURCE_FETCH_FAILED'
  | 'SOURCE_PARSE_FAILED'
  | 'SOURCE_FORMAT_MISMATCH'
  | 'SOURCE_EMPTY'
  | 'SOURCE_TOO_LARGE'
  // The file changed on its server while it was read by ranges (issue 17 item 3).
  | 'SOURCE_CHANGED'
  | 'BAD_NAME'
  | 'UNKNOWN_COLUMN'
  | 'BAD_EXPRESSION'
  | 'BAD_FILTER'
  | 'BAD_DATA'
  // A lookup source's key names some code twice (issue 15 item 8).
  | 'DUPLICATE_KEY'
  | 'ACCESS_DENIED'
  | 'QUERY_FAILED'
  | 'ENGINE_FAILED'
  // A Pantau server's answers (packages/server, DESIGN.md "Remote engines").
  | 'BAD_REQUEST'
  | 'REQUEST_TOO_LARGE'
  | 'UNKNOWN_TABLE'
  | 'TOO_MANY_ROWS'
  | 'QUERY_TIMEOUT'
  | 'SERVER_BUSY'
  | 'SERVER_FAILED'
  // The page could not reach its dashboard's server (network, DNS, CORS, or no answer in time).
  | 'SERVER_UNREACHABLE';

// The languages and a two-language text are the catalogue's (@pantau/messages); core re-exports them.
export type { BilingualText, Lang };

export interface PantauErrorInit {
  code: ErrorCode;
  text: BilingualText;
  /** Facts a program may want (the column, the line number, the limit...). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class PantauError extends Error {
  readonly code: ErrorCode;
  readonly text: BilingualText;
  readonly details: Record<string, unknown>;

  constructor(init: PantauErrorInit) {
    // English in `message` because that is what consoles and stack traces show developers.
    super(init.text.en, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'PantauError';
    this.code = init.code;
    this.text = init.text;
    this.details = init.details ?? {};
  }

  /** The message in the page's language. */
  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}

export function isPantauError(value: unknown): value is PantauError {
  return value instanceof PantauError;
}
