import type { QueryResult } from '../results/query-result.ts';
import type { QueryRequest } from './query-client.ts';

/**
 * Results by SQL text and bound values, least recently used first out. Holding the promise (not
 * the result) makes identical queries in flight at the same moment share one run.
 */
export class ResultCache {
  #entries = new Map<string, Promise<QueryResult>>();

  constructor(private readonly capacity: number) {}

  get(key: string): Promise<QueryResult> | undefined {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: Promise<QueryResult>): void {
    this.#entries.set(key, value);
    // Failures are not remembered: the next ask runs again (the file may have been fixed).
    value.catch(() => {
      if (this.#entries.get(key) === value) this.#entries.delete(key);
    });
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}

export function cacheKey(request: QueryRequest): string {
  const params = request.params ?? [];
  if (params.length === 0) return request.sql;
  return `${request.sql}\u0000${JSON.stringify(params, (_key, value: unknown) =>
    value instanceof Date ? { $date: value.toISOString() } : value,
  )}`;
}
