import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The design tokens stay honest (material-web's habit): a `--pantau-sys-*` token a theme defines
 * must be read somewhere, and a token read without a fallback must be defined by the light theme.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOKENS_FILE = path.join(ROOT, 'widgets/src/base/tokens.ts');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith('.ts') && file !== TOKENS_FILE ? [file] : [];
  });
}

const code = [...sources(path.join(ROOT, 'widgets/src')), ...sources(path.join(ROOT, 'charts/src'))]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const tokens = readFileSync(TOKENS_FILE, 'utf8');
const defined = (block: string) =>
  new Set(
    [...(tokens.split(block)[1]?.split('`')[1] ?? '').matchAll(/(--pantau-sys-[\w-]+)\s*:/g)].map(
      (m) => m[1]!,
    ),
  );
const light = defined('lightTokens = css');
const dark = defined('darkTokens = css');

describe('design tokens', () => {
  it('reads every token a theme defines', () => {
    // Series and grade tokens are built from an index or a code (palette.ts), not spelled out.
    const dynamic = /^--pantau-sys-(series|grade)-/;
    const read = (name: string) => dynamic.test(name) || code.includes(`var(${name}`);
    const unused = [...light, ...dark].filter((name) => !read(name));
    expect(unused).toEqual([]);
    expect(light.size).toBeGreaterThan(5);
    expect(dark.size).toBeGreaterThan(5);
  });

  it('defines every token that is read without a fallback', () => {
    const bare = [...code.matchAll(/var\((--pantau-sys-[\w-]+)\)/g)].map((m) => m[1]!);
    expect(bare.filter((name) => !light.has(name))).toEqual([]);
  });

  it('gives the dark theme every colour the light theme sets', () => {
    const colours = [...light].filter(
      (n) => !['--pantau-sys-font', '--pantau-sys-radius'].includes(n),
    );
    expect(colours.filter((n) => !dark.has(n))).toEqual([]);
  });
});
