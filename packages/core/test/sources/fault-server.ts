/**
 * The test server's fault routes (scripts/vite-plugin-network-faults.ts), shared by core's and
 * the widgets' network tests.
 */
export const FAULTS = '/__pantau_faults__';

let seq = 0;
/** A fresh key per test, so the server's counts start at zero. */
export const faultKey = (name: string): string => `${name}-${Date.now()}-${++seq}`;

export interface FaultStats {
  requests: number;
  closed: number;
}

/**
 * The server's counts for `k` once they reach `at`: the server holds its answer until it has
 * seen that many requests and connections given up (the event itself, not a poll on a clock).
 */
export const countsReach = async (k: string, at: Partial<FaultStats>): Promise<FaultStats> =>
  (
    await fetch(`${FAULTS}/stats/${k}?requests=${at.requests ?? 0}&closed=${at.closed ?? 0}`)
  ).json() as Promise<FaultStats>;
