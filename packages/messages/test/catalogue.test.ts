import { describe, expect, it } from 'vitest';
import * as messages from '../src/index.ts';
import { say, sayBoth, type Translation } from '../src/index.ts';

/** Every area the package exports, read loosely so the test can walk them all. */
type LooseArea = { id: Record<string, unknown>; en: Record<string, unknown> };
const AREAS = Object.entries(messages as Record<string, unknown>).filter(
  ([, value]) => typeof value === 'object' && value !== null && 'id' in value && 'en' in value,
) as [string, LooseArea][];
const areaNamed = (name: string): LooseArea => AREAS.find(([n]) => n === name)![1];

describe('the message catalogue', () => {
  it('has the same keys, of the same kind, in every language of every area', () => {
    expect(AREAS.length).toBeGreaterThan(5);
    for (const [name, area] of AREAS) {
      const idKeys = Object.keys(area.id).sort();
      expect(Object.keys(area.en).sort(), name).toEqual(idKeys);
      for (const key of idKeys) {
        expect(typeof area.en[key], `${name}.${key}`).toBe(typeof area.id[key]);
        if (typeof area.id[key] === 'function') {
          expect((area.en[key] as () => string).length, `${name}.${key}`).toBe(
            (area.id[key] as () => string).length,
          );
        }
      }
    }
  });

  it('keeps one key space: no key means two things in two areas', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, area] of AREAS) {
      for (const key of Object.keys(area.id)) {
        const seen = owner.get(key);
        if (seen !== undefined && area.id[key] !== areaNamed(seen).id[key]) {
          clashes.push(`${key}: ${seen} and ${name}`);
        }
        owner.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('fills a message’s values in each language', () => {
    expect(say(messages.FILTER_WORDS, 'id', 'matchCount', '12', '7.283')).toBe(
      '12 dari 7.283 baris cocok',
    );
    expect(say(messages.FILTER_WORDS, 'en', 'matchCount', '12', '7,283')).toBe(
      '12 of 7,283 rows match',
    );
    expect(sayBoth(messages.UI, 'retry')).toEqual({ id: 'Coba lagi', en: 'Retry' });
  });

  it('keeps month names once, as frozen lists', () => {
    expect(say(messages.CALENDAR, 'id', 'months')[7]).toBe('Agustus');
    expect(say(messages.CALENDAR, 'en', 'monthsShort')[8]).toBe('Sept');
    expect(Object.isFrozen(messages.CALENDAR.en.days)).toBe(true);
  });

  it('refuses, at compile time, a translation that misses a key or changes its values', () => {
    type Source = { hello: string; count: (rows: string) => string };
    // @ts-expect-error: `count` is missing in this translation.
    const missing: Translation<Source> = { hello: 'Hello' };
    // @ts-expect-error: `count` takes a string, not a number.
    const wrongArgs: Translation<Source> = { hello: 'Hello', count: (n: number) => `${n}` };
    // @ts-expect-error: `bye` is not a key of the Indonesian source.
    const extra: Translation<Source> = { hello: 'Hello', count: (n) => n, bye: 'Bye' };
    // @ts-expect-error: `nope` is not a key of the UI area (never called: the compiler is the test).
    const unknownKey = () => say(messages.UI, 'en', 'nope');
    // @ts-expect-error: `matchCount` needs two values.
    const tooFewValues = () => say(messages.FILTER_WORDS, 'en', 'matchCount', '12');
    expect([missing, wrongArgs, extra, unknownKey, tooFewValues]).toHaveLength(5);
  });
});
