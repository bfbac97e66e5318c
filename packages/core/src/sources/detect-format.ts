import type { SourceFormat } from './source-spec.ts';

/**
 * The format a file's name says. Apart from the byte sniffing (sniff-format.ts): pages and
 * `<pantau-source>` need this at load, the sniffer only once a file is read.
 */

const EXTENSIONS: Record<string, SourceFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  parquet: 'parquet',
  pq: 'parquet',
  arrow: 'arrow',
  arrows: 'arrow',
  feather: 'arrow',
  ipc: 'arrow',
  json: 'json',
  ndjson: 'json',
  jsonl: 'json',
};

/** The format a file name or URL's extension names, ignoring any query string or fragment. */
export function formatFromName(name: string): SourceFormat | undefined {
  const path = name.split(/[?#]/)[0] ?? '';
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS[ext];
}
