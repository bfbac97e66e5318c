/**
 * What `<pantau-source>` asks the coordinator to load, read from its attributes: rows from
 * script, a server's table, or a file (a URL or the reader's own) in the format its name or its
 * `format` says, with the columns, timeout and key asked for.
 */

import { sayBoth, UI } from '@pantau/messages';
import {
  formatFromName,
  PantauError,
  type Coordinator,
  type SourceFormat,
  type SourceInfo,
  type SourceProgress,
  type SourceRows,
} from '@pantau/core';

const FORMATS: readonly SourceFormat[] = ['csv', 'parquet', 'arrow', 'json'];

/** The element's attributes and properties a load reads (read when the load starts). */
export interface SourceAttributes {
  /** The name as the page writes it (for messages). */
  readonly name: string;
  readonly src: string;
  readonly format: string;
  readonly columns: string;
  readonly timeout: string;
  readonly key: string;
  readonly rows: SourceRows | null;
  readonly file: File | null;
}

export interface LoadPlace {
  /** In a server's dashboard the name alone is the table. */
  server: boolean;
  /** The file's absolute URL when there is one to ask (and ask again), else null. */
  fileUrl: string | null;
  signal: AbortSignal;
}

/** Loads into engine table `table`; `onProgress` hears how far a file's load got. */
export async function loadSource(
  coordinator: Coordinator,
  table: string,
  request: SourceAttributes,
  { server, fileUrl, signal }: LoadPlace,
  onProgress: (progress: SourceProgress) => void,
): Promise<SourceInfo> {
  const key = request.key.trim() === '' ? {} : { key: request.key.trim() };
  if (server) {
    return coordinator.registerSource({
      name: table,
      data: request.rows ?? request.src.trim(),
      ...key,
    });
  }
  if (request.rows !== null) {
    return coordinator.registerSource({ name: table, data: request.rows, ...key });
  }
  const format = sourceFormat(request);
  // The parser (and its bilingual refusal) loads only for a page that sets a timeout.
  const timeout =
    request.timeout.trim() === ''
      ? undefined
      : (await import('./source-timeout.ts')).parseSourceTimeout(request.name, request.timeout);
  // A reader's file is read in place (never uploaded); `columns` applies to its Parquet too.
  const data = request.file ?? fileUrl ?? '';
  const columns = request.columns
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return coordinator.registerSource({
    name: table,
    data,
    ...(format ? { format } : {}),
    ...(columns.length > 0 ? { columns } : {}),
    ...(timeout === undefined ? {} : { timeout }),
    ...key,
    signal,
    onProgress: (progress: SourceProgress) => {
      if (!signal.aborted) onProgress(progress);
    },
  });
}

function sourceFormat({ format, file, src, name }: SourceAttributes): SourceFormat | undefined {
  const given = format.trim().toLowerCase();
  // A chosen file's format comes from its own name (core reads it) or its bytes.
  if (given === '') return file ? undefined : (formatFromName(src) ?? undefined);
  if ((FORMATS as readonly string[]).includes(given)) return given as SourceFormat;
  throw new PantauError({
    code: 'SOURCE_FORMAT_MISMATCH',
    text: sayBoth(UI, 'sourceFormatUnknown', given, name),
    details: { format: given, allowed: FORMATS },
  });
}
