// @ts-check
/**
 * What V8 compiled between two heap snapshots of the soak (run.mjs with SOAK_SNAPSHOTS=1 or
 * SOAK_CODE=1, and SOAK_SNAPSHOT_DIR): every machine-code object (`system / Code`) is put down
 * to the function it belongs to (its SharedFunctionInfo or closure, with the module it is in) or
 * to the regexp it matches for, and the counts per owner are compared. A function compiled again
 * and again (a deopt loop, a `new Function`) or a regexp built per call with varying text shows
 * as one owner growing by about the number of steps between the snapshots; V8 warming up shows
 * as many owners growing by one (baseline, then optimised code, once each).
 *
 *   node bench/soak/code-growth.mjs <from.heapsnapshot> <end.heapsnapshot> [rows]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * @param {string} file
 * @returns {Map<string, number>} machine-code objects per owner
 */
export function codeOwners(file) {
  const snapshot = JSON.parse(readFileSync(file, 'utf8'));
  const meta = snapshot.snapshot.meta;
  const nodeFields = /** @type {string[]} */ (meta.node_fields);
  const edgeFields = /** @type {string[]} */ (meta.edge_fields);
  const nodeTypes = /** @type {string[]} */ (meta.node_types[0]);
  const edgeTypes = /** @type {string[]} */ (meta.edge_types[0]);
  const nodes = /** @type {number[]} */ (snapshot.nodes);
  const edges = /** @type {number[]} */ (snapshot.edges);
  const strings = /** @type {string[]} */ (snapshot.strings);
  const width = nodeFields.length;
  const edgeWidth = edgeFields.length;
  const [iType, iName, iId, iEdges] = ['type', 'name', 'id', 'edge_count'].map((f) =>
    nodeFields.indexOf(f),
  );
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) =>
    edgeFields.indexOf(f),
  );
  const count = nodes.length / width;
  /** @type {number[][]} */
  const holders = Array.from({ length: count }, () => []);
  /** @type {[number, string][][]} */
  const named = Array.from({ length: count }, () => []);
  for (let n = 0, e = 0; n < count; n++) {
    const edgeCount = nodes[n * width + Number(iEdges)] ?? 0;
    for (let k = 0; k < edgeCount; k++, e += edgeWidth) {
      const to = (edges[e + Number(eTo)] ?? 0) / width;
      const type = edgeTypes[edges[e + Number(eType)] ?? 0];
      // Weak edges do not keep code alive: who owns it is who holds it strongly.
      if (type !== 'weak') holders[to]?.push(n);
      if (type === 'property' || type === 'internal') {
        named[n]?.push([to, strings[edges[e + Number(eName)] ?? 0] ?? '']);
      }
    }
  }
  const type = (/** @type {number} */ n) => nodeTypes[nodes[n * width + Number(iType)] ?? 0];
  const name = (/** @type {number} */ n) => strings[nodes[n * width + Number(iName)] ?? 0] ?? '';
  const edge = (/** @type {number} */ n, /** @type {string} */ label) =>
    named[n]?.find(([, l]) => l === label)?.[0];
  const moduleOf = (/** @type {number} */ sfi) => {
    const script = edge(sfi, 'script') ?? edge(sfi, 'script_or_debug_info');
    const url = script === undefined ? undefined : edge(script, 'name');
    return url === undefined ? '?' : name(url).replace(/^.*?\/(packages|node_modules)\//, '$1/');
  };
  /** Anonymous functions by their SharedFunctionInfo's snapshot id (the same across snapshots). */
  const fnName = (/** @type {number} */ sfi) => {
    const fn = name(sfi).replace(/^system \/ SharedFunctionInfo( \/ )?/, '');
    const id = fn === '' ? `(anonymous #${nodes[sfi * width + Number(iId)]})` : fn;
    return `${id} @${moduleOf(sfi)}`;
  };
  /** The function or regexp a Code object is for, found up to four holders away. */
  const owner = (/** @type {number} */ code) => {
    const seen = new Set([code]);
    let frontier = [code];
    for (let depth = 0; depth < 4; depth++) {
      const next = [];
      for (const at of frontier) {
        for (const holder of holders[at] ?? []) {
          if (seen.has(holder)) continue;
          seen.add(holder);
          const label = name(holder);
          if (label.startsWith('system / SharedFunctionInfo')) return fnName(holder);
          if (type(holder) === 'closure') {
            const sfi = edge(holder, 'shared');
            return sfi === undefined ? `${label} @?` : fnName(sfi);
          }
          if (label.includes('RegExpData')) {
            const source = edge(holder, 'source');
            return `regexp /${source === undefined ? '?' : name(source).slice(0, 60)}/`;
          }
          next.push(holder);
        }
      }
      frontier = next;
    }
    return '(owner not found)';
  };
  /** @type {Map<string, number>} */
  const owners = new Map();
  for (let n = 0; n < count; n++) {
    if (type(n) !== 'code' || name(n) !== 'system / Code') continue;
    const key = owner(n);
    owners.set(key, (owners.get(key) ?? 0) + 1);
  }
  return owners;
}

/**
 * Owners whose count changed, most grown first, and the totals.
 * @param {Map<string, number>} before
 * @param {Map<string, number>} after
 */
export function ownerGrowth(before, after) {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const rows = [...keys]
    .map((key) => {
      const from = before.get(key) ?? 0;
      const to = after.get(key) ?? 0;
      return { owner: key, from, to, grew: to - from };
    })
    .filter((r) => r.grew !== 0)
    .sort((a, b) => b.grew - a.grew || a.owner.localeCompare(b.owner));
  const grewBy = /** @type {Record<number, number>} */ ({});
  for (const r of rows) grewBy[r.grew] = (grewBy[r.grew] ?? 0) + 1;
  return { rows, grewBy };
}

const [from, to, top = '40'] = process.argv.slice(2);
// Run as a script, not when imported.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && from && to) {
  const { rows, grewBy } = ownerGrowth(codeOwners(from), codeOwners(to));
  const up = rows.filter((r) => r.grew > 0).reduce((sum, r) => sum + r.grew, 0);
  const down = rows.filter((r) => r.grew < 0).reduce((sum, r) => sum + r.grew, 0);
  console.log(`Code objects: +${up} ${down} over ${rows.length} owners`);
  console.log(`owners by how much they grew: ${JSON.stringify(grewBy)}`);
  for (const r of rows.slice(0, Number(top)))
    console.log(`  ${r.grew}\t${r.from} -> ${r.to}\t${r.owner}`);
}
