import { afterEach, describe, expect, it, vi } from 'vitest';

const RealDateTimeFormat = Intl.DateTimeFormat;

afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
});

describe('dates and times are read in UTC', () => {
  // The runner's own zone may be UTC, where a missing `timeZone` would go unnoticed by output
  // alone, so record the options every DateTimeFormat is built with.
  it('every Intl.DateTimeFormat the formatters build has timeZone UTC', async () => {
    const built: (Intl.DateTimeFormatOptions | undefined)[] = [];
    Intl.DateTimeFormat = class extends RealDateTimeFormat {
      constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
        super(locales, options);
        built.push(options);
      }
    } as typeof Intl.DateTimeFormat;
    vi.resetModules(); // a fresh formatter cache, so every formatter is built here
    const { formatDate, formatTime } = await import('../../src/format/index.ts');
    const date = new Date('2024-08-17T23:30:00Z');
    for (const lang of ['id', 'en'] as const) {
      for (const style of ['short', 'long', 'month', 'monthLong'] as const) {
        expect(formatDate(date, lang, style)).toMatch(/Agu|Aug/);
      }
      expect(formatTime(date, lang)).toMatch(/^23.30 WITA$/);
    }
    expect(built).toHaveLength(10);
    for (const options of built) expect(options?.timeZone).toBe('UTC');
  });
});
