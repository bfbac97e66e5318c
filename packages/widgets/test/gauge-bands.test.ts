import { describe, expect, it } from 'vitest';
import { isPantauError } from '@pantau/core';
import { gaugeScale, parseBands } from '../src/gauge/gauge-bands.ts';

describe('gauge bands', () => {
  it('reads an explicit list and colours it from red (lowest) to green (highest)', () => {
    const bands = parseBands('A 80..100 Sangat Baik; C 0..60 Kurang;B 60..80 Baik');
    expect(bands.map((b) => [b.code, b.min, b.max, b.label])).toEqual([
      ['A', 80, 100, 'Sangat Baik'],
      ['C', 0, 60, 'Kurang'],
      ['B', 60, 80, 'Baik'],
    ]);
    expect(bands.map((b) => b.color)).toEqual([
      'var(--pantau-sys-grade-ikm-a, #15803d)',
      'var(--pantau-sys-grade-ikm-d, #b91c1c)',
      'var(--pantau-sys-grade-ikm-c, #b45309)',
    ]);
    // More than four bands spread over the nine PEKPPP colours.
    const five = parseBands('1 0..1; 2 1..2; 3 2..3; 4 3..4; 5 4..5');
    expect(five[0]!.color).toContain('pekppp-f');
    expect(five[4]!.color).toContain('pekppp-a');
  });

  it('refuses a band it cannot read, naming it', () => {
    for (const text of ['A tinggi', 'A 10..5 Terbalik', ';']) {
      let message = '';
      try {
        parseBands(text);
      } catch (e) {
        if (isPantauError(e)) message = e.messageIn('en');
      }
      expect(message, text).toMatch(/cannot be read|is empty/);
    }
  });

  it('reads the official scales on their own ranges', () => {
    const ikm = gaugeScale('', 'ikm', 'id')!;
    expect(ikm.domain).toEqual([25, 100]);
    expect(ikm.bands.map((b) => b.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(gaugeScale('', 'pekppp', 'en')!.domain).toEqual([0, 5]);
    expect(gaugeScale('', 'iid', 'en')!.bands[0]!.label).toBe('Very innovative');
    expect(gaugeScale('', null, 'id')).toBeNull();
    expect(gaugeScale('none', null, 'id')).toBeNull();
    expect(gaugeScale('C 0..60 Kurang; A 60..100 Baik', null, 'id')!.domain).toEqual([0, 100]);
  });
});
