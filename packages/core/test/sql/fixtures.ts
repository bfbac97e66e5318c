// A small schema shaped like the Banjarmasin service data, with awkward column names on purpose.
import type { TableSchema } from '../../src/sql/index.ts';

export const layanan: TableSchema = {
  table: 'layanan',
  columns: [
    { name: 'unit', type: 'VARCHAR' },
    { name: 'waktu', type: 'BIGINT' },
    { name: 'Waktu Proses (hari)', type: 'DOUBLE' },
    { name: 'Nama "Unit" (SKPD)', type: 'VARCHAR' },
    { name: 'biaya', type: 'DECIMAL(12,2)' },
    { name: 'tanggal', type: 'DATE' },
    { name: 'diterima', type: 'TIMESTAMP' },
    { name: 'tepat_waktu', type: 'BOOLEAN' },
    { name: 'Skor', type: 'INTEGER' },
  ],
};
