import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';

/**
 * Registered source files live in this virtual folder and nowhere else. Locking DuckDB to it from
 * the start (rather than to a list of files once all are known) lets a page add a source at any
 * time while SQL still cannot reach the network or any other file.
 */
export const SOURCE_DIR = '/pantau/sources/';

export interface LockdownOptions {
  /** DuckDB memory limit such as '2GB'; exhaustion then fails cleanly instead of crashing the tab. */
  memoryLimit?: string | undefined;
}

const MEMORY_LIMIT = /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

/** The settings run once on a new database, in order; the last one makes them permanent. */
export function lockdownStatements(options: LockdownOptions = {}): string[] {
  const statements = [
    // Extensions would download from the internet on first use; offline that hangs forever.
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
  ];
  if (options.memoryLimit !== undefined) {
    if (!MEMORY_LIMIT.test(options.memoryLimit)) {
      throw new PantauError({
        code: 'ENGINE_FAILED',
        text: sayBoth(CORE_START_WORDS, 'memoryLimitUnknown', options.memoryLimit),
        details: { memoryLimit: options.memoryLimit },
      });
    }
    statements.push(`SET memory_limit = '${options.memoryLimit}'`);
  }
  statements.push(
    `SET allowed_directories = ['${SOURCE_DIR}']`,
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  );
  return statements;
}
