import { Type } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { ARROW_TYPE } from '../../src/results/arrow-type-ids.ts';

describe('ARROW_TYPE', () => {
  it("matches apache-arrow's Type enum for every id plain values switch on", () => {
    const names = Object.keys(ARROW_TYPE) as (keyof typeof ARROW_TYPE)[];
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect([name, ARROW_TYPE[name]]).toEqual([name, Type[name]]);
  });
});
