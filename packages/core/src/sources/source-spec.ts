import type { TableSchema } from '../sql/schema.ts';
import type { BilingualText } from '../errors/pantau-error.ts';

export type SourceFormat = 'csv' | 'parquet' | 'arrow' | 'json';

/** Plain JS rows, as a page might hold them after its own fetch. */
export type SourceRows = readonly Record<string, unknown>[];

/** Where a table's data comes from: a URL, a File or Blob, bytes, or rows. */
export type SourceInput = string | URL | Blob | ArrayBuffer | Uint8Array | SourceRows;

export interface CsvOptions {
  /** Field separator; sniffed when absent (`;` is how spreadsheets in Indonesian locale save CSV). */
  delimiter?: string;
  /** `,` for Indonesian-style numbers (1.234,56); sniffed when absent. */
  decimalSeparator?: '.' | ',';
  /** strftime pattern such as `%d/%m/%Y`; sniffed when absent. */
  dateFormat?: string;
}

export interface SourceSpec {
  /** Table name; letters, digits, `_` and `-`. */
  name: string;
  data: SourceInput;
  /** Inferred from the file name's extension, then from the bytes, when absent. */
  format?: SourceFormat;
  csv?: CsvOptions;
  /** Parquet only: read just these columns (much faster on wide files). */
  columns?: string[];
  /**
   * URLs only: the longest wait, in ms, for the server to answer or send more bytes before the
   * read is tried again (twice) and then fails with SOURCE_FETCH_FAILED. Default 30 000.
   */
  timeout?: number;
  /**
   * A lookup table keyed by this column: checked unique once loaded (DUPLICATE_KEY otherwise),
   * so plans can join its columns by it (QueryPlan.lookups).
   */
  key?: string;
  /** Aborting it stops the load (fetches included); it then fails with SOURCE_FETCH_FAILED. */
  signal?: AbortSignal;
  /** Told as the file arrives (each chunk of a download), then when it goes into the engine. */
  onProgress?: (progress: SourceProgress) => void;
}

/** How far a source's load is (issue 15 item 14). */
export interface SourceProgress {
  /** `read`: the file is being downloaded or read; `insert`: DuckDB is taking it in. */
  stage: 'read' | 'insert';
  bytesLoaded: number;
  /** null when the server does not say the file's size. */
  bytesTotal: number | null;
}

export interface SourceInfo {
  name: string;
  /** `server`: a Pantau server's table, looked up rather than loaded. */
  format: SourceFormat | 'rows' | 'server';
  /** NaN for a server's table (not counted: that would be a request per table at load). */
  rows: number;
  /** Size of the file read, when there was one. */
  bytes: number | null;
  schema: TableSchema;
  /**
   * Values that could not be loaded exactly (a number of more than 38 digits), each a sentence in
   * both languages; absent when every value was kept as written.
   */
  warnings?: readonly BilingualText[];
}
