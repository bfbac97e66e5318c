/**
 * The data folder's version: every file's path, size and modification time, folded into one
 * string. DuckDB reads the files in place, so a file replaced under a running server changes what
 * its tables answer; a cube built before describes the old rows and must go. Looked at no more
 * than once a second: a stat of every file per request would cost more than the cube saves.
 */

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export class DataVersion {
  #value: Promise<string> | null = null;
  #at = -Infinity;

  constructor(
    private readonly dir: string,
    private readonly maxAgeMs = 1000,
  ) {}

  /** The current version (at most `maxAgeMs` old). */
  current(): Promise<string> {
    const now = performance.now();
    if (this.#value === null || now - this.#at > this.maxAgeMs) {
      this.#at = now;
      this.#value = fingerprint(this.dir).catch(() => `unreadable:${now}`);
    }
    return this.#value;
  }

  /** Forget the last look (tests replace a file and ask again at once). */
  expire(): void {
    this.#value = null;
  }
}

async function fingerprint(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  files.sort();
  const parts = await Promise.all(
    files.map(async (file) => {
      const s = await stat(file);
      return `${file}\u0000${s.size}\u0000${s.mtimeMs}`;
    }),
  );
  // A short hash rather than the whole list: it is a map key on every lookup.
  let h = 0x811c9dc5;
  const text = parts.join('\n');
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${files.length}:${text.length}:${(h >>> 0).toString(16)}`;
}
