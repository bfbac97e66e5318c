import { expect, it } from 'vitest';
import { createBrowserConnector } from '../../src/engine/page-engine.ts';
import { getAssetBase, setAssetBase } from '../../src/engine/browser/asset-base.ts';
import { expectPantauError, rows } from '../support.ts';

// Its own file (its own page): the asset base must not have been used by any engine before.
it('item 8: the asset base is set once, before the engine starts; the Trusted Types policy is private', async () => {
  const right = getAssetBase();
  setAssetBase('/nowhere/');
  // Set once: a second folder (an uploads folder) is refused before the engine starts, too.
  await expectPantauError(
    Promise.resolve().then(() => setAssetBase('/uploads/')),
    'ENGINE_FAILED',
  );
  const db = createBrowserConnector();
  try {
    const error = await expectPantauError(db.query('SELECT 1'), 'ENGINE_FAILED');
    expect(error.text.en).toContain('setAssetBase');
    // A base the engine failed to start from may be corrected once.
    setAssetBase(right);
    expect(await rows(db, 'SELECT 2 AS two')).toEqual([{ two: 2 }]);
    // Started: fixed for the page.
    const fixed = await expectPantauError(
      Promise.resolve().then(() => setAssetBase('/uploads/')),
      'ENGINE_FAILED',
    );
    expect(fixed.text.id).toContain('sekali');
    expect(getAssetBase()).toBe(right);
    // The policy that vouches for the worker's URL is not left on the global object.
    expect('trustedTypes' in globalThis).toBe(true);
    const globals = Object.getOwnPropertySymbols(globalThis).map((s) => s.description ?? '');
    expect(globals.filter((name) => /trustedTypes|policy/i.test(name))).toEqual([]);
  } finally {
    await db.close();
  }
});
