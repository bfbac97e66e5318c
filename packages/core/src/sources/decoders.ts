import { decoderLoadFailed } from './source-errors.ts';

/**
 * The code that reads sources (fetching, size checks, sniffing: read-source.ts, with the first
 * source) and each format (with the first source of that format), loaded by `import()`:
 * hyparquet (Parquet), Apache Arrow's builders (JSON, a page's rows, Parquet's columns) and IPC
 * reader (Arrow) and the CSV dialect sniffer stay out of the page's first download (issue 6's
 * budget), and a page that reads only CSV never fetches hyparquet. Each module is fetched once;
 * a failed fetch is the source's bilingual error and the next load tries again.
 */

function lazy<M>(format: string, load: () => Promise<M>): (source: string) => Promise<M> {
  let loading: Promise<M> | null = null;
  return (source) => {
    const pending = (loading ??= load());
    return pending.catch((error: unknown) => {
      if (loading === pending) loading = null;
      throw decoderLoadFailed(source, format, error);
    });
  };
}

export const sourceReader = lazy('', () => import('./read-source.ts'));
export const parquetDecoder = lazy('parquet', () => import('./parquet.ts'));
export const rowsDecoder = lazy('json', () => import('./rows-to-arrow.ts'));
export const arrowDecoder = lazy('arrow', () => import('./arrow-ipc.ts'));
export const csvLoader = lazy('csv', () => import('./csv.ts'));
