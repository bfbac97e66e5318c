// @ts-check
/**
 * The generated scale datasets every benchmark reads (git-ignored under datasets/scale): made
 * on first need by `npm run datasets`, so a fresh clone's benchmark runs without a manual step.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `npm run datasets -- --rows N --no-base [...extra]`, its output shown. */
function generate(/** @type {number} */ rows, /** @type {string[]} */ extra = []) {
  const args = ['--rows', String(rows), '--no-base', ...extra];
  console.log(`  generating ${rows} rows (npm run datasets -- ${args.join(' ')})`);
  execFileSync('npm', ['run', 'datasets', '--', ...args], { cwd: ROOT, stdio: 'inherit' });
}

/** datasets/scale/applications_<rows>.parquet (with its .csv), made when missing. */
export function ensureScaleFile(/** @type {number} */ rows) {
  const file = path.join(ROOT, `datasets/scale/applications_${rows}.parquet`);
  if (!existsSync(file)) generate(rows);
  return file;
}

/** datasets/scale/partitioned_<rows> (Hive-partitioned Parquet, for the server), made when missing. */
export function ensurePartitionedScale(/** @type {number} */ rows) {
  const dir = path.join(ROOT, `datasets/scale/partitioned_${rows}`);
  if (!existsSync(path.join(dir, 'applications'))) generate(rows, ['--partitioned']);
  return dir;
}
