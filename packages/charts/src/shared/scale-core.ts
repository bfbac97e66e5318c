/**
 * The two scales the renderers use, linear and band, with the behaviour of d3-scale's for the
 * methods called here (ticks and nice follow d3-array's tick algorithm, ISC licence). d3-scale
 * itself brought d3-interpolate, d3-color and d3-format into every chart (about 9 kB gzip) for
 * number-to-pixel maps and one colour ramp (issue 13 item 3).
 */

export interface LinearScale {
  (value: number): number;
  domain(): number[];
  domain(values: readonly number[]): LinearScale;
  range(): number[];
  range(values: readonly number[]): LinearScale;
  /** Values outside the domain map to the range's ends instead of beyond them. */
  clamp(on: boolean): LinearScale;
  /** Widens the domain to round tick values (d3's `nice`). */
  nice(count?: number): LinearScale;
  ticks(count?: number): number[];
}

export interface BandScale<K extends string | number> {
  /** The band's start, or undefined for a key not in the domain. */
  (key: K): number | undefined;
  domain(): K[];
  domain(keys: readonly K[]): BandScale<K>;
  range(): [number, number];
  range(ends: readonly [number, number]): BandScale<K>;
  paddingInner(fraction: number): BandScale<K>;
  paddingOuter(fraction: number): BandScale<K>;
  bandwidth(): number;
  step(): number;
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    // Negative powers are kept as a divisor so 0.1-steps land on exact decimals.
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** Round values between start and stop, about `count` of them (d3-array's `ticks`). */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const out = new Array<number>(n);
  for (let i = 0; i < n; ++i) {
    const k = reverse ? i2 - i : i1 + i;
    out[i] = inc < 0 ? k / -inc : k * inc;
  }
  return out;
}

/** The position of `x` between a and b as 0..1 (0.5 when a = b), as d3-scale's normalize. */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  if (span) return (x) => (x - a) / span;
  const t = Number.isNaN(span) ? NaN : 0.5;
  return () => t;
}

/** A linear scale from numbers to numbers over two-point domains and ranges. */
export function scaleLinear(): LinearScale {
  let domain = [0, 1];
  let range = [0, 1];
  let clamped = false;
  const scale = ((x: number): number => {
    const [d0 = 0, d1 = 1] = domain;
    const [r0 = 0, r1 = 1] = range;
    if (clamped) x = Math.max(Math.min(d0, d1), Math.min(Math.max(d0, d1), x));
    // Written as d3-scale's bimap does, so positions match its to the last bit.
    const reverse = d1 < d0;
    const t = reverse ? normalize(d1, d0)(x) : normalize(d0, d1)(x);
    const [a, b] = reverse ? [r1, r0] : [r0, r1];
    return a * (1 - t) + b * t;
  }) as LinearScale;
  scale.domain = ((values?: readonly number[]) => {
    if (values === undefined) return [...domain];
    domain = values.map(Number);
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((values?: readonly number[]) => {
    if (values === undefined) return [...range];
    range = [...values];
    return scale;
  }) as LinearScale['range'];
  scale.clamp = (on) => ((clamped = on), scale);
  scale.ticks = (count = 10) => ticks(domain[0] ?? 0, domain[domain.length - 1] ?? 1, count);
  scale.nice = (count = 10) => ((domain = niceDomain(domain, count)), scale);
  return scale;
}

function niceDomain(d: readonly number[], count: number): number[] {
  const out = [...d];
  let i0 = 0;
  let i1 = out.length - 1;
  let start = out[i0] ?? 0;
  let stop = out[i1] ?? 1;
  if (stop < start) [start, stop, i0, i1] = [stop, start, i1, i0];
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickSpec(start, stop, count)[2];
    if (step === prestep) {
      out[i0] = start;
      out[i1] = stop;
      return out;
    } else if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return out;
}

/** Bands for categories across a range (d3-scale's `scaleBand`, align 0.5, no rounding). */
export function scaleBand<K extends string | number>(): BandScale<K> {
  let keys: K[] = [];
  let index = new Map<K, number>();
  let ends: [number, number] = [0, 1];
  let inner = 0;
  let outer = 0;
  let start = 0;
  let step = 1;
  let width = 1;
  let reverse = false;
  const rescale = (): void => {
    const n = keys.length;
    reverse = ends[1] < ends[0];
    const [lo, hi] = reverse ? [ends[1], ends[0]] : ends;
    step = (hi - lo) / Math.max(1, n - inner + outer * 2);
    start = lo + (hi - lo - step * (n - inner)) * 0.5;
    width = step * (1 - inner);
  };
  const scale = ((key: K) => {
    const i = index.get(key);
    if (i === undefined) return undefined;
    // A reversed range numbers the bands from its far end, as d3-scale does.
    return start + step * (reverse ? keys.length - 1 - i : i);
  }) as BandScale<K>;
  scale.domain = ((values?: readonly K[]) => {
    if (values === undefined) return [...keys];
    keys = [];
    index = new Map();
    for (const key of values) if (!index.has(key)) index.set(key, keys.push(key) - 1);
    rescale();
    return scale;
  }) as BandScale<K>['domain'];
  scale.range = ((values?: readonly [number, number]) => {
    if (values === undefined) return [...ends];
    ends = [+values[0], +values[1]];
    rescale();
    return scale;
  }) as BandScale<K>['range'];
  scale.paddingInner = (fraction) => ((inner = Math.min(1, fraction)), rescale(), scale);
  scale.paddingOuter = (fraction) => ((outer = fraction), rescale(), scale);
  scale.bandwidth = () => width;
  scale.step = () => step;
  rescale();
  return scale;
}
