import { describe, expect, it } from 'vitest';
import type { QueryResult } from '@pantau/core';
import {
  DATE_PRESETS,
  matchingPreset,
  parseIsoDay,
  presetLabel,
  presetRange,
  wallClockToday,
} from '../src/filter/date-presets.ts';
import {
  boundsClauses,
  boundsLabel,
  boundsOf,
  choiceClauses,
  choiceLabel,
  chosenOf,
  dayBoundsClauses,
  dayOf,
  displayValue,
  numberOf,
  searchClauses,
  searchOf,
  valueKey,
} from '../src/filter/filter-clauses.ts';
import { readBounds } from '../src/filter/bounds-input.ts';
import {
  comboKey,
  foldText,
  matchOptions,
  nextActive,
  optionList,
} from '../src/filter/option-list.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('date presets', () => {
  it('names every preset in Indonesian and English', () => {
    expect(DATE_PRESETS.map((p) => presetLabel(p, 'id'))).toEqual([
      'Bulan ini',
      'Bulan lalu',
      'Triwulan ini',
      'Triwulan lalu',
      'Semester ini',
      'Semester lalu',
      'Tahun ini',
      'Tahun lalu',
    ]);
    expect(presetLabel('last-half', 'en')).toBe('Last half-year');
  });

  it('covers whole calendar periods around a mid-year day', () => {
    const today = day('2024-08-17');
    const ranges = Object.fromEntries(DATE_PRESETS.map((p) => [p, presetRange(p, today)]));
    expect(ranges).toEqual({
      'this-month': { start: '2024-08-01', end: '2024-08-31' },
      'last-month': { start: '2024-07-01', end: '2024-07-31' },
      'this-quarter': { start: '2024-07-01', end: '2024-09-30' },
      'last-quarter': { start: '2024-04-01', end: '2024-06-30' },
      'this-half': { start: '2024-07-01', end: '2024-12-31' },
      'last-half': { start: '2024-01-01', end: '2024-06-30' },
      'this-year': { start: '2024-01-01', end: '2024-12-31' },
      'last-year': { start: '2023-01-01', end: '2023-12-31' },
    });
  });

  it('crosses into the previous year and knows leap Februaries', () => {
    const january = day('2024-01-31');
    expect(presetRange('last-month', january)).toEqual({ start: '2023-12-01', end: '2023-12-31' });
    expect(presetRange('last-quarter', january)).toEqual({
      start: '2023-10-01',
      end: '2023-12-31',
    });
    expect(presetRange('last-half', january)).toEqual({ start: '2023-07-01', end: '2023-12-31' });
    expect(presetRange('this-month', day('2024-02-10')).end).toBe('2024-02-29');
    expect(presetRange('last-month', day('2023-03-01')).end).toBe('2023-02-28');
  });

  it("takes today's date where the reader is, as a UTC midnight (WITA morning is already the 1st)", () => {
    // Vitest's node project runs in the machine's zone; build "local 07:00 on 1 April" in it.
    const localMorning = new Date(2024, 3, 1, 7, 0, 0);
    expect(wallClockToday(localMorning).toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(presetRange('this-quarter', wallClockToday(localMorning)).start).toBe('2024-04-01');
  });

  it('recognises the preset a range equals, and reads real days only', () => {
    const today = day('2024-05-02');
    expect(matchingPreset({ start: '2024-04-01', end: '2024-06-30' }, today)).toBe('this-quarter');
    expect(matchingPreset({ start: '2024-04-01', end: '2024-06-29' }, today)).toBeNull();
    expect(matchingPreset({ start: '2024-04-01' }, today)).toBeNull();
    expect(parseIsoDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2024-2-1')).toBeNull();
    expect(parseIsoDay('')).toBeNull();
  });
});

describe('clauses from choices, and choices from clauses', () => {
  it('one value is eq, several are in, none is nothing', () => {
    expect(choiceClauses('unit_code', [])).toEqual([]);
    expect(choiceClauses('unit_code', ['dinkes'])).toEqual([
      { column: 'unit_code', predicate: 'eq', value: 'dinkes' },
    ]);
    const clauses = choiceClauses('unit_code', ['dinkes', 'disdukcapil']);
    expect(clauses).toEqual([
      { column: 'unit_code', predicate: 'in', value: ['dinkes', 'disdukcapil'] },
    ]);
    expect(chosenOf(clauses)).toEqual(['dinkes', 'disdukcapil']);
    expect(chosenOf([{ column: 'x', predicate: 'eq', value: 3 }])).toEqual([3]);
    expect(chosenOf([{ column: 'x', predicate: 'gte', value: 3 }])).toEqual([]);
  });

  it('ranges: between with both ends, gte or lte with one, nothing with neither', () => {
    expect(boundsClauses('sla_days', 3, 10)).toEqual([
      { column: 'sla_days', predicate: 'between', value: [3, 10] },
    ]);
    expect(boundsClauses('sla_days', 3, null)).toEqual([
      { column: 'sla_days', predicate: 'gte', value: 3 },
    ]);
    expect(boundsClauses('sla_days', null, 0)).toEqual([
      { column: 'sla_days', predicate: 'lte', value: 0 },
    ]);
    expect(boundsClauses('sla_days', null, null)).toEqual([]);
    expect(boundsOf(boundsClauses('sla_days', 3, 10))).toEqual({ low: 3, high: 10 });
    expect(boundsOf(boundsClauses('sla_days', null, 0))).toEqual({ low: null, high: 0 });
  });

  it('day ranges: dates as days, timestamps through the end of the last day', () => {
    expect(dayBoundsClauses('month', '2024-01-01', '2024-03-31', false)).toEqual([
      { column: 'month', predicate: 'between', value: ['2024-01-01', '2024-03-31'] },
    ]);
    expect(dayBoundsClauses('submitted_at', '2024-01-01', '2024-03-31', true)).toEqual([
      {
        column: 'submitted_at',
        predicate: 'between',
        value: ['2024-01-01T00:00:00', '2024-03-31T23:59:59.999999'],
      },
    ]);
    expect(dayBoundsClauses('month', null, '2024-03-31', false)).toEqual([
      { column: 'month', predicate: 'lte', value: '2024-03-31' },
    ]);
    // Back from the URL a day is a Date; from this filter it is text.
    expect(dayOf(day('2024-03-31'))).toBe('2024-03-31');
    expect(dayOf('2024-03-31T23:59:59.999999')).toBe('2024-03-31');
    expect(dayOf('soon')).toBeNull();
    expect(numberOf('12.5')).toBe(12.5);
    expect(numberOf('')).toBeNull();
  });

  it('search: contains with trimmed text, nothing for blank', () => {
    expect(searchClauses('service', '  KTP ')).toEqual([
      { column: 'service', predicate: 'contains', value: 'KTP' },
    ]);
    expect(searchClauses('service', '   ')).toEqual([]);
    expect(searchOf(searchClauses('service', 'ktp'))).toBe('ktp');
    expect(searchOf([])).toBe('');
  });

  it('one key per value whether it came from a query or the URL', () => {
    expect(valueKey(day('2024-01-01'))).toBe('2024-01-01');
    expect(valueKey(new Date('2024-01-01T08:30:00Z'))).toBe('2024-01-01T08:30:00.000Z');
    expect(valueKey(12)).toBe('12');
    expect(valueKey('dinkes')).toBe('dinkes');
  });

  it('labels the summary entry in both languages', () => {
    const names = {
      id: ['Dinkes', 'Disdukcapil', 'DPMPTSP', 'Dinsos', 'Disdik'],
      en: ['Dinkes', 'Disdukcapil', 'DPMPTSP', 'Dinsos', 'Disdik'],
    };
    expect(choiceLabel('Unit', names)).toEqual({
      id: 'Unit: Dinkes, Disdukcapil, DPMPTSP +2 lainnya',
      en: 'Unit: Dinkes, Disdukcapil, DPMPTSP +2 more',
    });
    expect(boundsLabel('SLA', 1.5, 1000, displayValue)).toEqual({
      id: 'SLA: 1,5 – 1000',
      en: 'SLA: 1.5 – 1000',
    });
    expect(boundsLabel('SLA', null, 3, displayValue).id).toBe('SLA: ≤ 3');
    expect(displayValue(day('2024-08-17'), 'id')).toBe('17 Agu 2024');
    // Codes and years read as written, not as 2.024.
    expect(displayValue(2024, 'id')).toBe('2024');
    expect(displayValue(0.25, 'id')).toBe('0,25');
  });
});

describe('typed range ends', () => {
  it('reads numbers with a decimal dot or comma; blank ends are open', () => {
    expect(readBounds('2,5', ' 10 ', 'number')).toEqual({ ok: true, low: 2.5, high: 10 });
    expect(readBounds('', '-3', 'number')).toEqual({ ok: true, low: null, high: -3 });
  });

  it('says what is wrong, in both languages, instead of filtering on nonsense', () => {
    const notNumber = readBounds('1.000,5', '', 'number');
    expect(notNumber).toMatchObject({ ok: false, field: 'low' });
    if (notNumber.ok) throw new Error('expected a problem');
    expect(notNumber.problem.id).toContain('bukan angka');
    expect(notNumber.problem.en).toContain('not a number');
    const reversed = readBounds('10', '2', 'number');
    expect(reversed).toMatchObject({ ok: false, field: 'low' });
    if (reversed.ok) throw new Error('expected a problem');
    expect(reversed.problem.id).toContain('Batas bawah lebih besar');
    expect(readBounds('2024-04-01', '2024-03-01', 'date').ok).toBe(false);
    expect(readBounds('2024-02-30', '', 'date')).toMatchObject({ ok: false, field: 'low' });
    expect(readBounds('2024-01-01', '2024-03-31', 'date')).toEqual({
      ok: true,
      low: '2024-01-01',
      high: '2024-03-31',
    });
  });
});

describe('option list', () => {
  // The options query's answer, as the coordinator hands it over (plain columns).
  const columns = {
    value: ['Dinas Kesehatan', 'Dinas Sosial', 'Kecamatan Banjarmasin Barat'],
    count: [1200, 35, 4],
    total: [3, 3, 3],
  };
  const result: QueryResult = {
    names: ['value', 'count', 'total'],
    types: { value: 'Utf8', count: 'Float64', total: 'Float64' },
    columns,
    numRows: 3,
    rows: () => [],
  };

  it('lists values with counts, and keeps chosen values the others ruled out', () => {
    const list = optionList(result, ['Dinas Sosial', 'Disdukcapil'], 'id');
    expect(list.total).toBe(3);
    expect(list.options.map((o) => [o.text, o.count])).toEqual([
      ['Disdukcapil', 0],
      ['Dinas Kesehatan', 1200],
      ['Dinas Sosial', 35],
      ['Kecamatan Banjarmasin Barat', 4],
    ]);
    expect(optionList(null, [], 'en')).toEqual({ options: [], total: 0 });
  });

  it('narrows by every typed word, without regard to case or accents', () => {
    const { options } = optionList(result, [], 'id');
    expect(matchOptions(options, 'dinas').map((o) => o.text)).toEqual([
      'Dinas Kesehatan',
      'Dinas Sosial',
    ]);
    expect(matchOptions(options, 'barat KEC').map((o) => o.text)).toEqual([
      'Kecamatan Banjarmasin Barat',
    ]);
    expect(matchOptions(options, '  ')).toHaveLength(3);
    expect(foldText('Ḱécamatan')).toBe('kecamatan');
  });

  it('moves the active option with arrows, pages and Ctrl+Home/End', () => {
    expect(nextActive('ArrowDown', -1, 60)).toBe(0);
    expect(nextActive('ArrowDown', 59, 60)).toBe(59);
    expect(nextActive('ArrowUp', -1, 60)).toBe(59);
    expect(nextActive('ArrowUp', 0, 60)).toBe(0);
    expect(nextActive('PageDown', 55, 60)).toBe(59);
    expect(nextActive('PageDown', -1, 60)).toBe(10);
    expect(nextActive('PageUp', 5, 60)).toBe(0);
    expect(nextActive('Home', 30, 60)).toBeNull();
    expect(nextActive('Home', 30, 60, true)).toBe(0);
    expect(nextActive('End', 30, 60, true)).toBe(59);
    expect(nextActive('ArrowDown', -1, 0)).toBeNull();
    expect(nextActive('a', 3, 60)).toBeNull();
  });

  it('the combobox keyboard: open, move, choose, close, then clear the text', () => {
    const closed = { open: false, active: -1, typed: 'dis', count: 12 };
    expect(comboKey('ArrowDown', {}, closed)).toEqual({
      kind: 'set',
      state: { ...closed, open: true, active: 0 },
    });
    expect(comboKey('ArrowDown', { alt: true }, closed)).toEqual({
      kind: 'set',
      state: { ...closed, open: true },
    });
    const open = { open: true, active: 3, typed: 'dis', count: 12 };
    expect(comboKey('ArrowUp', { alt: true }, open)).toEqual({
      kind: 'set',
      state: { ...open, open: false },
    });
    expect(comboKey('Enter', {}, open)).toEqual({ kind: 'toggle', index: 3 });
    expect(comboKey('Enter', {}, closed)).toEqual({ kind: 'ignore' });
    expect(comboKey('End', { ctrl: true }, open)).toEqual({
      kind: 'set',
      state: { ...open, active: 11 },
    });
    // Plain Home/End and letters stay with the text field.
    expect(comboKey('Home', {}, open)).toEqual({ kind: 'ignore' });
    expect(comboKey('d', {}, open)).toEqual({ kind: 'ignore' });
    expect(comboKey('Escape', {}, open)).toEqual({ kind: 'set', state: { ...open, open: false } });
    expect(comboKey('Escape', {}, closed)).toEqual({
      kind: 'set',
      state: { ...closed, typed: '', active: -1 },
    });
    expect(comboKey('Escape', {}, { ...closed, typed: '' })).toEqual({ kind: 'ignore' });
  });
});
