import { describe, it, expect } from 'vitest';
import { checkSourceName, quoteIdentifier, resolveColumn } from '../../src/sql/index.ts';
import { expectPantauError } from './expect-error.ts';
import { layanan } from './fixtures.ts';

describe('quoteIdentifier', () => {
  it('wraps names in double quotes and doubles embedded quotes', () => {
    expect(quoteIdentifier('unit')).toBe('"unit"');
    expect(quoteIdentifier('Waktu Proses (hari)')).toBe('"Waktu Proses (hari)"');
    expect(quoteIdentifier('Nama "Unit" (SKPD)')).toBe('"Nama ""Unit"" (SKPD)"');
    expect(quoteIdentifier('x"; DROP TABLE t; --')).toBe('"x""; DROP TABLE t; --"');
  });

  it('refuses empty names and NUL', () => {
    expectPantauError(() => quoteIdentifier(''), 'BAD_NAME');
    expectPantauError(() => quoteIdentifier('a\0b'), 'BAD_NAME');
  });
});

describe('checkSourceName', () => {
  it('accepts plain names', () => {
    for (const name of ['layanan', 'layanan_2024', '_tmp', 'ikm-2024', 'A'.repeat(63)]) {
      expect(checkSourceName(name)).toBe(name);
    }
  });

  it('refuses names that are not plain identifiers', () => {
    for (const name of [
      '',
      '2024',
      '-x',
      'a b',
      'a.b',
      'a"b',
      "a'b",
      'layanan; DROP TABLE t',
      'read_csv(x)',
      'A'.repeat(64),
      'lay\u00e1nan',
    ]) {
      const error = expectPantauError(() => checkSourceName(name), 'BAD_NAME');
      expect(error.text.en).toContain('Source name');
      expect(error.text.id).toContain('Nama sumber data');
    }
  });
});

describe('resolveColumn', () => {
  it('returns exact matches', () => {
    expect(resolveColumn(layanan, 'waktu')).toBe('waktu');
    expect(resolveColumn(layanan, 'Waktu Proses (hari)')).toBe('Waktu Proses (hari)');
  });

  it('matches case-insensitively, returning the schema spelling', () => {
    expect(resolveColumn(layanan, 'WAKTU')).toBe('waktu');
    expect(resolveColumn(layanan, 'skor')).toBe('Skor');
    expect(resolveColumn(layanan, 'waktu proses (HARI)')).toBe('Waktu Proses (hari)');
  });

  it('prefers the exact match when two columns differ only in case', () => {
    const schema = {
      table: 't',
      columns: [
        { name: 'Unit', type: 'VARCHAR' },
        { name: 'unit', type: 'VARCHAR' },
      ],
    };
    expect(resolveColumn(schema, 'unit')).toBe('unit');
    expect(resolveColumn(schema, 'Unit')).toBe('Unit');
    const error = expectPantauError(() => resolveColumn(schema, 'UNIT'), 'UNKNOWN_COLUMN');
    expect(error.details.matches).toEqual(['Unit', 'unit']);
  });

  it('names the table, the available columns and the closest name', () => {
    const error = expectPantauError(() => resolveColumn(layanan, 'wakt'), 'UNKNOWN_COLUMN');
    expect(error.text.id).toContain('Kolom "wakt" tidak ada di tabel layanan.');
    expect(error.text.id).toContain('Kolom yang ada: "unit", "waktu"');
    expect(error.text.id).toContain('Maksud Anda "waktu"?');
    expect(error.text.en).toContain('Column "wakt" does not exist in table layanan.');
    expect(error.text.en).toContain('Did you mean "waktu"?');
    expect(error.details).toMatchObject({ column: 'wakt', table: 'layanan', suggestion: 'waktu' });
    expect(error.details.available).toEqual(layanan.columns.map((c) => c.name));
  });

  it('suggests nothing when no column is close', () => {
    const error = expectPantauError(() => resolveColumn(layanan, 'pendapatan'), 'UNKNOWN_COLUMN');
    expect(error.details.suggestion).toBeUndefined();
    expect(error.text.en).not.toContain('Did you mean');
  });

  it('suggests across case and small typos', () => {
    expect(
      expectPantauError(() => resolveColumn(layanan, 'SKORR'), 'UNKNOWN_COLUMN').details.suggestion,
    ).toBe('Skor');
    expect(
      expectPantauError(() => resolveColumn(layanan, 'tepat waktu'), 'UNKNOWN_COLUMN').details
        .suggestion,
    ).toBe('tepat_waktu');
  });
});
