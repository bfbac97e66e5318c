import { describe, expect, it } from 'vitest';
import { nextSort, pageCount } from '../src/table/table.ts';

describe('table helpers', () => {
  it('flips the sort on the same column and starts ascending on a new one', () => {
    expect(nextSort(null, 'ikm')).toEqual({ key: 'ikm', desc: false });
    expect(nextSort({ key: 'ikm', desc: false }, 'ikm')).toEqual({ key: 'ikm', desc: true });
    expect(nextSort({ key: 'ikm', desc: true }, 'ikm')).toEqual({ key: 'ikm', desc: false });
    expect(nextSort({ key: 'ikm', desc: true }, 'unit')).toEqual({ key: 'unit', desc: false });
  });

  it('counts pages', () => {
    expect(pageCount(48, 10)).toBe(5);
    expect(pageCount(50, 10)).toBe(5);
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(5, 0)).toBe(1);
  });
});
