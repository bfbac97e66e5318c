/**
 * The error every call on a lost engine fails with: its worker stopped (terminated, closed from
 * inside, crashed), trapped (a wasm abort, such as running out of memory, leaves DuckDB unusable)
 * or stopped answering. The connector that sees it starts a new engine and runs the call again.
 */
export class EngineLost extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'EngineLost';
  }
}

/**
 * Whether `error`, or an error it wraps (a source's or DuckDB's error made bilingual keeps the
 * original as its cause), says the engine was lost. By name, not class: a second copy of Pantau's
 * bundle on the page shares the engine but not this class.
 */
export function isEngineLost(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (e.name === 'EngineLost') return true;
  }
  return false;
}
