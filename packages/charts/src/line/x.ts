/** A line chart's x value and its sort key, apart from data.ts so a brush needs only this. */

export type LineX = Date | number;

export function xKey(x: LineX): number {
  return typeof x === 'number' ? x : x.getTime();
}
