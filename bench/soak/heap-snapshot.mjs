// @ts-check
/**
 * Heap snapshots through CDP and what grew between two of them: objects counted and sized per
 * constructor (or native class) name, so a thing retained once per selection shows up as a count
 * that grew by about the number of selections in between.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Takes a heap snapshot of the page's main isolate (after the GC the driver forced) into `file`.
 * @param {import('playwright').CDPSession} cdp
 * @param {string} file
 */
export async function takeSnapshot(cdp, file) {
  /** @type {string[]} */
  const chunks = [];
  /** @param {{ chunk: string }} event */
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  writeFileSync(file, chunks.join(''));
}

/**
 * Count and self size per node name (`type:name`), from a `.heapsnapshot` file.
 * @param {string} file
 * @returns {Map<string, { count: number, bytes: number }>}
 */
export function summarizeSnapshot(file) {
  const snapshot = JSON.parse(readFileSync(file, 'utf8'));
  const meta = snapshot.snapshot.meta;
  const fields = /** @type {string[]} */ (meta.node_fields);
  const types = /** @type {string[]} */ (meta.node_types[0]);
  const width = fields.length;
  const at = (/** @type {string} */ f) => fields.indexOf(f);
  const [iType, iName, iSize] = [at('type'), at('name'), at('self_size')];
  const nodes = /** @type {number[]} */ (snapshot.nodes);
  const strings = /** @type {string[]} */ (snapshot.strings);
  /** @type {Map<string, { count: number, bytes: number }>} */
  const byName = new Map();
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + iType] ?? 0] ?? '?';
    // Strings and numbers are named by their value: group them by their type only.
    const named = type === 'object' || type === 'native' || type === 'closure';
    const name = named ? `${type}:${strings[nodes[i + iName] ?? 0] ?? '?'}` : type;
    const entry = byName.get(name) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += nodes[i + iSize] ?? 0;
    byName.set(name, entry);
  }
  return byName;
}

/**
 * The names whose count grew most from `before` to `after`, with their size change.
 * @param {Map<string, { count: number, bytes: number }>} before
 * @param {Map<string, { count: number, bytes: number }>} after
 * @param {number} top
 */
export function snapshotGrowth(before, after, top = 25) {
  const rows = [];
  for (const [name, a] of after) {
    const b = before.get(name) ?? { count: 0, bytes: 0 };
    rows.push({ name, count: a.count - b.count, bytes: a.bytes - b.bytes, total: a.count });
  }
  return rows
    .filter((r) => r.count > 0 || r.bytes > 0)
    .sort((x, y) => y.count - x.count || y.bytes - x.bytes)
    .slice(0, top);
}

/**
 * V8's compiled code in a `.heapsnapshot`: every `code` entry (what the snapshot diff's `code`
 * line counts: bytecode, machine code, their metadata) and the machine-code objects among them
 * (`system / Code`: baseline, optimised, regexp and builtins).
 * @param {string} file
 * @returns {{ codeEntries: number, codeBytes: number, codeObjects: number }}
 */
export function codeSummary(file) {
  const snapshot = JSON.parse(readFileSync(file, 'utf8'));
  const meta = snapshot.snapshot.meta;
  const fields = /** @type {string[]} */ (meta.node_fields);
  const types = /** @type {string[]} */ (meta.node_types[0]);
  const width = fields.length;
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const nodes = /** @type {number[]} */ (snapshot.nodes);
  const strings = /** @type {string[]} */ (snapshot.strings);
  const summary = { codeEntries: 0, codeBytes: 0, codeObjects: 0 };
  for (let i = 0; i < nodes.length; i += width) {
    if (types[nodes[i + Number(iType)] ?? 0] !== 'code') continue;
    summary.codeEntries++;
    summary.codeBytes += nodes[i + Number(iSize)] ?? 0;
    if (strings[nodes[i + Number(iName)] ?? 0] === 'system / Code') summary.codeObjects++;
  }
  return summary;
}
