#!/usr/bin/env node
/** `pantau-server --data <folder> --port <n>`: serves the folder's tables until SIGINT/SIGTERM. */

import { isPantauError } from '@pantau/core';
import { USAGE, parseServerArgs } from './cli-args.ts';
import { startServer } from './server.ts';
import { readViewsFile } from './views-file.ts';

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const { viewsFile, ...options } = parseServerArgs(process.argv.slice(2));
  const views = viewsFile === undefined ? undefined : await readViewsFile(viewsFile);
  const server = await startServer({ ...options, views });
  const names = [...server.tables.values()].map((t) => t.schema.table);
  console.log(`pantau-server: ${names.length} tables (${names.join(', ')}) at ${server.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`pantau-server: ${signal}, finishing requests in flight, then stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (isPantauError(error)) console.error(`pantau-server: ${error.text.en}\n(${error.text.id})`);
  else console.error(error);
  process.exit(1);
});
