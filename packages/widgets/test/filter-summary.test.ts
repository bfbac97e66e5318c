import { describe, expect, it } from 'vitest';
import { clauseText } from '../src/dashboard/filter-summary.ts';

describe('clauseText: a clause without a label, as the filter summary shows it', () => {
  it('writes dates as a reader says them, the ends of a day without their time', () => {
    const range = {
      column: 'submitted_at',
      predicate: 'between' as const,
      value: ['2024-01-01', '2024-03-31 23:59:59'],
    };
    expect(clauseText(range, 'id')).toBe('submitted_at 1 Jan 2024–31 Mar 2024');
    expect(clauseText(range, 'en')).toBe('submitted_at 1 Jan 2024–31 Mar 2024');
    // A brushed range arrives as Dates: its first instant and its last millisecond.
    const brushed = {
      column: 'month',
      predicate: 'between' as const,
      value: [new Date(Date.UTC(2024, 7, 1)), new Date(Date.UTC(2024, 9, 1) - 1)],
    };
    expect(clauseText(brushed, 'id')).toBe('month 1 Agu 2024–30 Sep 2024');
    expect(clauseText(brushed, 'en')).toBe('month 1 Aug 2024–30 Sept 2024');
    expect(
      clauseText({ column: 'diterima', predicate: 'gte', value: '2024-03-01T14:30:00Z' }, 'id'),
    ).toBe('diterima ≥ 1 Mar 2024 14:30');
  });

  it('leaves other values as they are, text that only looks like a date included', () => {
    expect(clauseText({ column: 'unit_code', predicate: 'eq', value: 'dinkes' }, 'id')).toBe(
      'unit_code = dinkes',
    );
    expect(
      clauseText(
        { column: 'kode', predicate: 'in', value: ['2024-13-45x', '2024-02-30', 12] },
        'en',
      ),
    ).toBe('kode: 2024-13-45x, 2024-02-30, 12');
    expect(clauseText({ column: 'status', predicate: 'is_null' }, 'id')).toBe('status belum input');
  });

  it('reads the column under the name it is given (the label the page uses for it)', () => {
    const clause = { column: 'unit_code', predicate: 'in', value: ['dinkes', 'dinsos'] } as const;
    expect(clauseText(clause, 'id', 'Perangkat daerah')).toBe('Perangkat daerah: dinkes, dinsos');
    expect(clauseText({ column: 'status', predicate: 'not_null' }, 'en', 'Status')).toBe(
      'Status reported',
    );
  });
});
