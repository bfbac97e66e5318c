import { describe, expect, it } from 'vitest';
import { defaultMetrics, MetricRegistry } from '../../src/index.ts';
import { publicServiceMetrics, registerPublicServiceMetrics } from '../../src/metrics/index.ts';

describe('default metrics registration', () => {
  it('the core index registers every default metric in defaultMetrics', () => {
    for (const metric of publicServiceMetrics()) {
      expect(defaultMetrics.has(metric.name), metric.name).toBe(true);
    }
  });

  it('is explicit and idempotent, per registry', () => {
    expect(registerPublicServiceMetrics()).toBe(defaultMetrics);
    const own = new MetricRegistry();
    expect(own.has('ikm')).toBe(false);
    registerPublicServiceMetrics(own);
    registerPublicServiceMetrics(own);
    expect(own.list().length).toBe(publicServiceMetrics().length);
  });

  it('gives every metric a bilingual label and distinct names', () => {
    const names = publicServiceMetrics().map((m) => m.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const m of publicServiceMetrics()) {
      expect(m.label.id.length, m.name).toBeGreaterThan(2);
      expect(m.label.en.length, m.name).toBeGreaterThan(2);
    }
  });
});
