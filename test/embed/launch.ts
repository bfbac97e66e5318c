import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

/**
 * Chromium for the embedding tests. Once in a round of the suite run twice at once, the launch
 * failed with `spawn /usr/bin/chromium ENOENT` while the binary was there (issue 17); not
 * reproduced since. A retry would hide what it is, so a failed launch says what the machine
 * looked like at that moment: the binary and the working folder (spawn reports a missing cwd
 * as ENOENT too), memory, the process limits and the environment's size.
 */
export async function launchForTest(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${launchContext()}`, { cause: error });
  }
}

function launchContext(): string {
  const lines = [`at ${new Date().toISOString()}, pid ${process.pid}`];
  const binary = existsSync(CHROMIUM_PATH) ? statSync(CHROMIUM_PATH) : null;
  lines.push(
    `${CHROMIUM_PATH}: ${binary ? `mode ${binary.mode.toString(8)}, changed ${binary.ctime.toISOString()}` : 'missing'}`,
  );
  lines.push(`cwd ${workingFolder()}, tmpdir ${os.tmpdir()}`);
  lines.push(
    `memory free ${(os.freemem() / 2 ** 20).toFixed(0)} of ${(os.totalmem() / 2 ** 20).toFixed(0)} MiB, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const env = Object.entries(process.env).reduce(
    (n, [k, v]) => n + k.length + (v?.length ?? 0) + 2,
    0,
  );
  lines.push(`environment ${Object.keys(process.env).length} variables, ${env} bytes`);
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8').split('\n');
    lines.push(...limits.filter((l) => /processes|open files|address space/i.test(l)));
  } catch {
    // Not Linux: the rest still says something.
  }
  return lines.join('\n');
}

/** The process's working folder, or why there is none (a removed folder makes cwd() throw). */
function workingFolder(): string {
  try {
    const cwd = process.cwd();
    return existsSync(cwd) ? cwd : `${cwd} (missing)`;
  } catch (error) {
    return `(gone: ${(error as Error).message})`;
  }
}
