// @ts-check
/**
 * Seeded pseudo-random numbers (mulberry32) with a few distributions.
 * Every table draws from its own stream, derived from the global seed and a label, so changing one
 * table's generator never shifts the values of another.
 */

/**
 * FNV-1a 32-bit hash of a string.
 * @param {string} s
 * @returns {number}
 */
export function hash32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  /** @param {number} seed 32-bit integer seed */
  constructor(seed) {
    /** @type {number} */
    this.state = seed >>> 0;
    /** @type {number | null} cached second normal deviate */
    this.spare = null;
  }

  /**
   * A new independent stream for a label (e.g. a table name).
   * @param {number} seed
   * @param {string} label
   */
  static for(seed, label) {
    return new Rng((hash32(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
  }

  /** Uniform in [0, 1). mulberry32. */
  next() {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * Uniform float in [a, b).
   * @param {number} a
   * @param {number} b
   */
  uniform(a, b) {
    return a + (b - a) * this.next();
  }

  /**
   * Uniform integer in [a, b] (inclusive).
   * @param {number} a
   * @param {number} b
   */
  int(a, b) {
    return a + Math.floor(this.next() * (b - a + 1));
  }

  /** @param {number} p */
  bool(p) {
    return this.next() < p;
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return /** @type {T} */ (items[Math.floor(this.next() * items.length)]);
  }

  /**
   * Pick by (unnormalised) weights.
   * @template T
   * @param {readonly T[]} items
   * @param {readonly number[]} weights
   * @returns {T}
   */
  weighted(items, weights) {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= /** @type {number} */ (weights[i]);
      if (r < 0) return /** @type {T} */ (items[i]);
    }
    return /** @type {T} */ (items[items.length - 1]);
  }

  /** Standard normal deviate (Box-Muller). */
  normal() {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /**
   * Poisson deviate (Knuth for small means, normal approximation above 60).
   * @param {number} mean
   */
  poisson(mean) {
    if (mean <= 0) return 0;
    if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const l = Math.exp(-mean);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > l);
    return k - 1;
  }

  /**
   * Binomial deviate (exact below n = 50, normal approximation above).
   * @param {number} n
   * @param {number} p
   */
  binomial(n, p) {
    if (n < 50) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) k++;
      return k;
    }
    const k = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * this.normal());
    return Math.min(n, Math.max(0, k));
  }
}
