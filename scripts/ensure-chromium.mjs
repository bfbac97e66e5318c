// @ts-check
/**
 * Browser tests need Chromium, and no browser can be downloaded here: it comes from Debian.
 * Installs it when missing and we are root; otherwise stops at once with the command to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CHROMIUM_PATH as chromium } from './chromium.mjs';

if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Chromium is missing (${chromium}). Install it with:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n\nor set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
  console.log('Chromium is missing: installing it with apt-get (about 20 s)...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
