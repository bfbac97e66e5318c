// The framing a Pantau server answers with, decoded as the page will decode it: each request's
// Arrow answer or its own error, and no answer made up from a body that is cut short or foreign.
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { PantauError } from '../../src/errors/pantau-error.ts';
import { decodeResults, encodeResults } from '../../src/remote/results-frames.ts';
import { fromWireError, toWireError } from '../../src/remote/wire.ts';
import { checkPantauError } from '../support.ts';

const units = tableToIPC(
  tableFromArrays({ unit: ['disdukcapil', 'dinkes'], received: Float64Array.from([12.5, 3]) }),
  'stream',
);
const empty = tableToIPC(tableFromArrays({ n: Float64Array.from([]) }), 'stream');
const refused = toWireError(
  new PantauError({
    code: 'UNKNOWN_COLUMN',
    text: { id: 'Kolom "x" tidak ada.', en: 'Column "x" does not exist.' },
  }),
);

function decodeError(bytes: Uint8Array): unknown {
  try {
    decodeResults(bytes);
  } catch (error) {
    return error;
  }
  return null;
}

describe('results frames', () => {
  it('gives each id its rows or its own error, in any mix', () => {
    const bytes = encodeResults([
      { id: 'bars', ipc: units },
      { id: 'kpi', error: refused },
      { id: 'none', ipc: empty },
    ]);
    const answers = decodeResults(bytes);
    expect([...answers.keys()]).toEqual(['bars', 'kpi', 'none']);
    const bars = answers.get('bars');
    expect(bars).not.toBeInstanceOf(PantauError);
    expect(bars && 'rows' in bars ? bars.rows() : null).toEqual([
      { unit: 'disdukcapil', received: 12.5 },
      { unit: 'dinkes', received: 3 },
    ]);
    const kpi = checkPantauError(answers.get('kpi'), 'UNKNOWN_COLUMN');
    expect(kpi.text.en).toBe('Column "x" does not exist.');
    const none = answers.get('none');
    expect(none && 'numRows' in none ? none.numRows : -1).toBe(0);
  });

  it('an answer cut anywhere is SERVER_FAILED, never a shorter answer', () => {
    const bytes = encodeResults([
      { id: 'bars', ipc: units },
      { id: 'kpi', error: refused },
    ]);
    for (const cut of [0, 5, 8, 11, 20, bytes.length - units.length, bytes.length - 1]) {
      checkPantauError(decodeError(bytes.subarray(0, cut)), 'SERVER_FAILED');
    }
  });

  it('a body of another kind (an HTML error page, JSON) is SERVER_FAILED', () => {
    for (const text of ['<html>502 Bad Gateway</html>', '{"code":"X"}', '']) {
      checkPantauError(decodeError(new TextEncoder().encode(text)), 'SERVER_FAILED');
    }
  });

  it('a broken Arrow stream fails its own request only', () => {
    const broken = units.slice(0, 40);
    const answers = decodeResults(
      encodeResults([
        { id: 'a', ipc: broken },
        { id: 'b', ipc: units },
      ]),
    );
    checkPantauError(answers.get('a'), 'SERVER_FAILED');
    expect(answers.get('b')).not.toBeInstanceOf(PantauError);
  });

  it('a frame count that does not match the frames is SERVER_FAILED', () => {
    const one = encodeResults([{ id: 'a', error: refused }]);
    const none = encodeResults([]);
    const endFrame = none.subarray(8);
    // The frames of `one` followed by an end frame claiming 0, and an end frame claiming 1 alone.
    const framesOfOne = one.subarray(0, one.length - endFrame.length);
    expect(decodeResults(one).size).toBe(1);
    checkPantauError(decodeError(new Uint8Array([...framesOfOne, ...endFrame])), 'SERVER_FAILED');
    checkPantauError(
      decodeError(new Uint8Array([...none.subarray(0, 8), ...one.subarray(framesOfOne.length)])),
      'SERVER_FAILED',
    );
  });

  it('an error body that is not a Pantau error still says what to do, with the status', () => {
    const error = checkPantauError(fromWireError('<html>', 502), 'SERVER_FAILED');
    expect(error.text.en).toContain('HTTP 502');
    expect(fromWireError(refused, 400).code).toBe('UNKNOWN_COLUMN');
  });
});
