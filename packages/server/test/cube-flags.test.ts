// The cube build limits as `pantau-server` flags (issue 14): what an operator types reaches the
// running server's cube store, the limits not given keep their defaults, and a flag that makes no
// sense stops the server at start with a message naming it.
import { describe, expect, it } from 'vitest';
import { isPantauError } from '@pantau/core';
import { parseServerArgs } from '../src/index.ts';
import { CUBE_DEFAULTS } from '../src/cubes/cube-options.ts';
import { storeOf } from './cube-support.ts';
import { dataFolder, refusal, removeFolder, serve } from './support.ts';

describe('cube build flags', () => {
  it('reach the server: --cube-build-timeout, --cube-retry, --cube-tries', async () => {
    const dir = await dataFolder(['applications.parquet']);
    const flags = ['--cube-build-timeout', '1800', '--cube-retry', '2.5', '--cube-tries', '5'];
    const server = await serve(parseServerArgs(['--data', dir, ...flags, '--quiet']));
    try {
      expect(storeOf(server).options).toEqual({
        ...CUBE_DEFAULTS,
        buildTimeoutMs: 1_800_000,
        buildRetryMs: 2_500,
        maxBuildTries: 5,
      });
    } finally {
      await server.close();
      await removeFolder(dir);
    }
  });

  it('keep every default when none is given', () => {
    expect(parseServerArgs(['--data', 'd']).cubes).toBeUndefined();
    expect(parseServerArgs(['--data', 'd', '--cube-tries', '1']).cubes).toEqual({
      maxBuildTries: 1,
    });
  });

  it('are refused when they make no sense, naming the flag in both languages', () => {
    for (const [argv, flag] of [
      [['--data', 'd', '--no-cubes', '--cube-tries', '2'], 'no-cubes'],
      [['--data', 'd', '--cube-tries', '0'], 'cube-tries'],
      [['--data', 'd', '--cube-tries', '1.5'], 'cube-tries'],
      [['--data', 'd', '--cube-retry', '-1'], 'cube-retry'],
      [['--data', 'd', '--cube-build-timeout', 'soon'], 'cube-build-timeout'],
      [['--data', 'd', '--cube-build-timeout', '86401'], 'cube-build-timeout'],
    ] as const) {
      const error = refusal(() => parseServerArgs(argv));
      expect(isPantauError(error) && error.code, argv.join(' ')).toBe('BAD_REQUEST');
      expect(String((error as Error).message), argv.join(' ')).toContain(`--${flag}`);
    }
  });
});
