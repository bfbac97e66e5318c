import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const datasets = fileURLToPath(new URL('..', import.meta.url));
const committed = path.join(datasets, 'banjarmasin');

/**
 * The committed tables are exactly what the generator makes from its seed: regenerating into a
 * fresh folder gives the same bytes, file for file (CSV and Parquet).
 */
describe('datasets/banjarmasin', () => {
  it('regenerates byte-identically from the seed', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pantau-datasets-'));
    try {
      execFileSync(process.execPath, [path.join(datasets, 'generate/index.mjs'), '--out', out], {
        stdio: 'pipe',
      });
      const files = readdirSync(committed).sort();
      expect(readdirSync(out).sort()).toEqual(files);
      expect(files.length).toBeGreaterThanOrEqual(20);
      for (const file of files) {
        const same = readFileSync(path.join(out, file)).equals(
          readFileSync(path.join(committed, file)),
        );
        expect(same, `${file} differs from a fresh run of npm run datasets`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
