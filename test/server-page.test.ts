// server.html is index.html pointed at a Pantau server: the same dashboard markup, made by
// scripts/server-page.mjs, so the two demo pages cannot drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serverPage } from '../scripts/server-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('server.html', () => {
  it('is what scripts/server-page.mjs makes of index.html (run it after editing index.html)', () => {
    expect(read('server.html')).toBe(serverPage(read('index.html')));
  });

  it('names a server, loads no DuckDB, and its sources have no src', () => {
    const html = read('server.html');
    expect(html).toContain('<pantau-dashboard server="./pantau/"');
    expect(html).not.toContain('demo/engine.ts');
    expect(html).not.toMatch(/<pantau-source\b[^>]*\bsrc=/);
    // The same widgets as the page engine's demo, attribute for attribute.
    const widgets = (text: string) => text.match(/<pantau-(?!source|dashboard)[a-z-]+[^>]*>/g);
    expect(widgets(html)).toEqual(widgets(read('index.html')));
    expect(read('index.html')).toContain('href="./server.html"');
  });
});
