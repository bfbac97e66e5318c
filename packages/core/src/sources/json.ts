import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import type { SourceRows } from './source-spec.ts';
import { sourceParseFailed } from './source-errors.ts';
import { parseJsonExact } from './json-numbers.ts';

/**
 * JSON is parsed in JS (duckdb-wasm ships no JSON extension and must not download one). Accepted:
 * an array of objects, an object whose `data` is such an array, a CKAN `datastore_search` answer
 * (`result.records`), or newline-delimited JSON.
 */
export function parseJsonRows(source: string, bytes: Uint8Array): SourceRows {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = parseJsonExact(text);
  } catch (error) {
    return parseNdjson(source, text, error);
  }
  const rows = rowsIn(parsed);
  if (rows === null) {
    throw sourceParseFailed(source, 'json', sayBoth(SOURCE_ERRORS, 'holdArrayObjectsSuch'));
  }
  const bad = rows.findIndex((row) => !isObject(row));
  if (bad !== -1) {
    throw sourceParseFailed(
      source,
      'json',
      sayBoth(SOURCE_ERRORS, 'elementNotObjectEvery', bad + 1),
    );
  }
  return rows as SourceRows;
}

function parseNdjson(source: string, text: string, firstError: unknown): SourceRows {
  const lines = text.split(/\r?\n/);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    let row: unknown;
    try {
      row = parseJsonExact(line);
    } catch {
      row = undefined;
    }
    if (!isObject(row)) {
      const reason = firstError instanceof Error ? firstError.message : String(firstError);
      throw sourceParseFailed(
        source,
        'json',
        sayBoth(SOURCE_ERRORS, 'notValidJsonCheck', i + 1, reason),
        firstError,
      );
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Where a city's API puts its rows: the answer itself, `data` (most REST APIs), or
 * `result.records` (CKAN's datastore_search, which Indonesia's open-data portals run).
 */
function rowsIn(parsed: unknown): unknown[] | null {
  if (Array.isArray(parsed)) return parsed;
  if (!isObject(parsed)) return null;
  if (Array.isArray(parsed['data'])) return parsed['data'];
  const result = parsed['result'];
  return isObject(result) && Array.isArray(result['records']) ? result['records'] : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
