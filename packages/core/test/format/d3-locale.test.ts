import { describe, expect, it } from 'vitest';
import {
  enLocaleDefinition,
  enTimeLocaleDefinition,
  formatNumber,
  idLocaleDefinition,
  idTimeLocaleDefinition,
  MONTH_SHORT_NAMES,
} from '../../src/format/index.ts';

describe('d3 locale definitions', () => {
  it('define id-ID for d3-format as DOMAIN.md writes numbers', () => {
    expect(idLocaleDefinition).toEqual({
      decimal: ',',
      thousands: '.',
      grouping: [3],
      currency: ['Rp ', ''],
      minus: '-',
      nan: 'belum input',
      percent: '%',
    });
    expect(enLocaleDefinition).toMatchObject({ decimal: '.', thousands: ',', nan: 'not reported' });
  });

  it('agree with formatNumber on separators', () => {
    const [id, en] = [formatNumber(1234.5, 'id'), formatNumber(1234.5, 'en')];
    expect(id).toBe(`1${idLocaleDefinition.thousands}234${idLocaleDefinition.decimal}5`);
    expect(en).toBe(`1${enLocaleDefinition.thousands}234${enLocaleDefinition.decimal}5`);
  });

  it('define a d3-time-format locale with Indonesian names, Sunday first', () => {
    expect(idTimeLocaleDefinition.months[7]).toBe('Agustus');
    expect(idTimeLocaleDefinition.shortMonths).toEqual([...MONTH_SHORT_NAMES.id]);
    expect(idTimeLocaleDefinition.days[0]).toBe('Minggu');
    expect(idTimeLocaleDefinition.days[6]).toBe('Sabtu');
    expect(idTimeLocaleDefinition.shortDays).toHaveLength(7);
    expect(idTimeLocaleDefinition.time).toBe('%H.%M.%S');
    expect(enTimeLocaleDefinition.shortMonths[7]).toBe('Aug');
  });
});
