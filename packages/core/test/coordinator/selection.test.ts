import { describe, expect, it } from 'vitest';
import { Selection, selectionFromParam, selectionToParam } from '../../src/index.ts';
import type { TableSchema } from '../../src/index.ts';

const services: TableSchema = {
  table: 'service_performance',
  columns: [
    { name: 'month', type: 'DATE' },
    { name: 'unit_code', type: 'VARCHAR' },
  ],
};

describe('Selection', () => {
  it('gives each client the others’ clauses, only on columns its table has', () => {
    const selection = new Selection();
    const changes: (string | null)[] = [];
    selection.addEventListener('change', (e) => changes.push((e as CustomEvent).detail.owner));
    selection.update('bar', [{ column: 'unit_code', predicate: 'eq', value: 'dinkes' }]);
    selection.update('filter', [{ column: 'form', predicate: 'eq', value: 'digital' }]);
    expect(selection.clausesFor('bar', services)).toEqual([]);
    expect(selection.clausesFor('line', services)).toEqual([
      { column: 'unit_code', predicate: 'eq', value: 'dinkes' },
    ]);
    expect(selection.clausesFor('line')).toHaveLength(2);
    expect(selection.own('bar')).toEqual([
      { column: 'unit_code', predicate: 'eq', value: 'dinkes' },
    ]);
    selection.update('bar', []);
    selection.update('nobody', []);
    selection.clear();
    expect(changes).toEqual(['bar', 'filter', 'bar', null]);
    expect(selection.entries).toEqual([]);
  });
});

describe('selection in the URL', () => {
  it('round-trips clauses, dates and labels', () => {
    const entries = [
      {
        owner: 'line-1',
        clauses: [
          {
            column: 'month',
            predicate: 'between' as const,
            value: [new Date('2024-01-01T00:00:00Z'), new Date('2024-03-01T00:00:00Z')],
          },
        ],
        label: { id: 'Jan–Mar 2024', en: 'Jan–Mar 2024' },
      },
      {
        owner: 'bar-1',
        clauses: [{ column: 'unit_code', predicate: 'in' as const, value: ['a', 'b'] }],
      },
    ];
    // Labels stay in the page (issue 18): the link carries clauses only.
    const withoutLabels = entries.map(({ owner, clauses }) => ({ owner, clauses }));
    expect(selectionFromParam(selectionToParam(entries))).toEqual(withoutLabels);
    expect(selectionToParam(entries)).not.toContain('Jan–Mar');
    expect(selectionToParam([])).toBe('');
  });

  it('drops hostile or malformed entries with a warning and keeps the good ones', () => {
    const warnings: string[] = [];
    const text = JSON.stringify([
      { o: 'ok', c: [{ c: 'unit_code', p: 'eq', v: 'dinkes' }] },
      { o: 'sql', c: [{ c: 'unit_code', p: 'raw', v: '1; DROP TABLE units' }] },
      { o: 'obj', c: [{ c: 'unit_code', p: 'eq', v: { toString: 'x' } }] },
      { o: 'arr', c: [{ c: 'unit_code', p: 'eq', v: ['a'] }] },
      { o: '', c: [{ c: 'x', p: 'eq', v: 1 }] },
      'nonsense',
    ]);
    const entries = selectionFromParam(text, (m) => warnings.push(m));
    expect(entries).toEqual([
      { owner: 'ok', clauses: [{ column: 'unit_code', predicate: 'eq', value: 'dinkes' }] },
    ]);
    expect(warnings).toHaveLength(5);
    expect(selectionFromParam('{not json', (m) => warnings.push(m))).toEqual([]);
    expect(selectionFromParam('{"a":1}', (m) => warnings.push(m))).toEqual([]);
    expect(warnings).toHaveLength(7);
  });
});
