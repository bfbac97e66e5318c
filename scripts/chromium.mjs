// @ts-check
/**
 * How Pantau starts Debian's Chromium everywhere (tests, screenshots, benchmarks). The flags keep
 * it from dialling out on a closed network (see TOOLCHAIN.md); no browser is ever downloaded.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
