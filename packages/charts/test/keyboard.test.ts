import { describe, expect, it } from 'vitest';
import { nextMarkIndex, type ChartMark } from '../src/index.ts';

const box = { x: 0, y: 0, width: 1, height: 1 };
const list: ChartMark[] = [0, 1, 2].map((i) => ({ index: i, label: `m${i}`, box }));
const grid: ChartMark[] = [];
for (let row = 0; row < 3; row++)
  for (let col = 0; col < 4; col++)
    grid.push({ index: grid.length, label: `${row},${col}`, box, row, col });

describe('keyboard model', () => {
  it('starts at the first mark, or the last on End', () => {
    expect(nextMarkIndex(list, -1, 'ArrowRight')).toBe(0);
    expect(nextMarkIndex(list, -1, 'End')).toBe(2);
    expect(nextMarkIndex([], -1, 'ArrowRight')).toBe(-1);
  });

  it('moves along a list and stops at its ends', () => {
    expect(nextMarkIndex(list, 0, 'ArrowRight')).toBe(1);
    expect(nextMarkIndex(list, 2, 'ArrowRight')).toBe(2);
    expect(nextMarkIndex(list, 0, 'ArrowLeft')).toBe(0);
    expect(nextMarkIndex(list, 1, 'ArrowDown')).toBe(2);
    expect(nextMarkIndex(list, 1, 'Home')).toBe(0);
    expect(nextMarkIndex(list, 0, 'End')).toBe(2);
    expect(nextMarkIndex(list, 1, 'x')).toBe(1);
  });

  it('moves by rows and columns in a grid', () => {
    const at = (r: number, c: number) => r * 4 + c;
    expect(nextMarkIndex(grid, at(1, 1), 'ArrowUp')).toBe(at(0, 1));
    expect(nextMarkIndex(grid, at(1, 1), 'ArrowDown')).toBe(at(2, 1));
    expect(nextMarkIndex(grid, at(1, 3), 'ArrowRight')).toBe(at(1, 3));
    expect(nextMarkIndex(grid, at(1, 0), 'ArrowLeft')).toBe(at(1, 0));
    expect(nextMarkIndex(grid, at(2, 2), 'ArrowDown')).toBe(at(2, 2));
  });
});
