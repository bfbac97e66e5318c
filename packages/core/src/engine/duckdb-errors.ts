import { PantauError, isPantauError } from '../errors/pantau-error.ts';
import { isEngineLost } from './engine-lost.ts';

/**
 * Turns DuckDB's error text into a PantauError with a stable code and advice in both languages.
 * The original message stays in `details.engineMessage` and as the `cause`.
 */
export function fromDuckDBError(error: unknown, sql?: string): PantauError {
  if (isPantauError(error)) return error;
  if (isEngineLost(error)) return engineLostTwice(error, sql);
  const engineMessage = error instanceof Error ? error.message : String(error);
  const firstLine = engineMessage.split('\n')[0] ?? engineMessage;
  const details: Record<string, unknown> = { engineMessage, ...(sql ? { sql } : {}) };

  if (
    /Permission Error|disabled by configuration|configuration has been locked/i.test(engineMessage)
  ) {
    return new PantauError({
      code: 'ACCESS_DENIED',
      text: {
        id: 'Ditolak: Pantau tidak mengizinkan SQL menjangkau jaringan, berkas lain, atau pengaturan mesin. Daftarkan data sebagai sumber (<pantau-source>) lalu kueri tabelnya.',
        en: 'Refused: Pantau does not let SQL reach the network, other files or engine settings. Register the data as a source (<pantau-source>) and query its table.',
      },
      details,
      cause: error,
    });
  }
  const missingTable = /Table with name (.+?) does not exist/.exec(engineMessage);
  if (missingTable) {
    const table = missingTable[1];
    return new PantauError({
      code: 'SOURCE_NOT_FOUND',
      text: {
        id: `Tabel ${table} tidak ada. Periksa atribut source, atau daftarkan dulu sumbernya dengan <pantau-source name="${table}">.`,
        en: `Table ${table} does not exist. Check the source attribute, or register it first with <pantau-source name="${table}">.`,
      },
      details: { ...details, table },
      cause: error,
    });
  }
  const missingColumn = /Referenced column "?(.+?)"? not found/.exec(engineMessage);
  if (missingColumn) {
    const column = missingColumn[1];
    return new PantauError({
      code: 'UNKNOWN_COLUMN',
      text: {
        id: `Kolom "${column}" tidak ada. Periksa ejaan nama kolom.`,
        en: `Column "${column}" does not exist. Check the column name's spelling.`,
      },
      details: { ...details, column },
      cause: error,
    });
  }
  if (/Out of Memory/i.test(engineMessage)) {
    return new PantauError({
      code: 'QUERY_FAILED',
      text: {
        id: 'Memori tidak cukup untuk kueri ini. Kurangi data (filter, kolom lebih sedikit) atau naikkan batas memori.',
        en: 'Not enough memory for this query. Reduce the data (filter, fewer columns) or raise the memory limit.',
      },
      details,
      cause: error,
    });
  }
  return new PantauError({
    code: 'QUERY_FAILED',
    text: {
      // The engine speaks English: its words stay in the English text and details.engineMessage.
      id: 'Kueri gagal di mesin data. Periksa nama kolom, ukuran dan rumus di atribut widget; rincian teknis (bahasa Inggris) ada di details.engineMessage.',
      en: `Query failed: ${firstLine}`,
    },
    details,
    cause: error,
  });
}

/** The engine was lost twice while running one statement: it is not tried a third time. */
function engineLostTwice(error: unknown, sql?: string): PantauError {
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: {
      id: 'Mesin data berhenti dua kali saat menjalankan kueri ini (memori habis, atau peramban menutupnya). Kurangi data (filter, kolom lebih sedikit), lalu tekan "Coba lagi" atau muat ulang halaman.',
      en: 'The data engine stopped twice while running this query (out of memory, or the browser closed it). Reduce the data (filters, fewer columns), then press "Retry" or reload the page.',
    },
    details: {
      engineMessage: error instanceof Error ? error.message : String(error),
      ...(sql ? { sql } : {}),
    },
    cause: error,
  });
}
