import { describe, expect, it } from 'vitest';
import { codeOnDemand } from '../../src/engine/code-on-demand.ts';
import { PantauError } from '../../src/errors/pantau-error.ts';

// Real dynamic imports fail only when a server drops a chunk (the browser tests of the lost
// engine and lazy modules do that); here the fetch is a function that fails as an import does.
describe('code loaded on first use', () => {
  it('imports once, shares the import, and keeps what it loaded', async () => {
    let fetches = 0;
    const code = codeOnDemand(async () => ({ n: ++fetches }), 'codeWritesQueriesCould');
    expect(code.current).toBeNull();
    expect(code.started).toBeNull();
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect(a).toBe(b);
    expect(fetches).toBe(1);
    expect(code.current).toEqual({ n: 1 });
  });

  it('a failed fetch is a bilingual ENGINE_FAILED, forgotten so the next call tries again', async () => {
    let fetches = 0;
    const code = codeOnDemand(async () => {
      if (++fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'loaded';
    }, 'codeTalksPantauServer');
    const error = await code.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PantauError);
    const failed = error as PantauError;
    expect(failed.code).toBe('ENGINE_FAILED');
    expect(failed.text.id).not.toBe(failed.text.en);
    expect(failed.text.id.length).toBeGreaterThan(10);
    expect(failed.details).toMatchObject({
      engineMessage: 'Failed to fetch dynamically imported module',
    });
    expect(code.started).toBeNull();
    expect(code.current).toBeNull();
    await expect(code.load()).resolves.toBe('loaded');
    expect(fetches).toBe(2);
    expect(code.current).toBe('loaded');
  });
});
