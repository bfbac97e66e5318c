import { describe, expect, it } from 'vitest';
import { policyProblem } from '../../src/engine/browser/worker-csp.ts';

/** How worker-csp.ts reads a worker script's CSP header (the browser test checks real policies). */
const WASM = 'http://127.0.0.1/duckdb/duckdb-eh.wasm';

describe("reading the DuckDB worker's own Content-Security-Policy", () => {
  it.each([
    ["script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'", null],
    ["default-src 'none'; script-src 'wasm-unsafe-eval'; connect-src 'self'", null],
    ["script-src 'unsafe-eval'", null],
    ["img-src data:; style-src 'self'", null],
    ["default-src 'self'", { directive: "default-src 'self'", needs: 'wasm' }],
    [
      "default-src 'self'; script-src 'self' 'nonce-x'",
      { directive: "script-src 'self' 'nonce-x'", needs: 'wasm' },
    ],
    [
      "script-src 'wasm-unsafe-eval'; default-src 'none'",
      { directive: "default-src 'none'", needs: 'connect' },
    ],
    [
      "script-src 'wasm-unsafe-eval'; connect-src https://cdn.example.org",
      { directive: 'connect-src https://cdn.example.org', needs: 'connect' },
    ],
    // Two headers: both policies apply, and the second one forbids WebAssembly.
    [
      "script-src 'wasm-unsafe-eval', script-src 'self'",
      { directive: "script-src 'self'", needs: 'wasm' },
    ],
  ])('%s', (header, expected) => {
    expect(policyProblem(header, WASM)).toEqual(expected);
  });
});
