// @ts-check
/**
 * What holds an object kind in a heap snapshot: for a few nodes named like `--name`, the shortest
 * retaining path from a GC root, as DevTools' "Retainers" pane would show it.
 *
 *   node bench/soak/retainers.mjs <file.heapsnapshot> --name blink::MediaQuerySet [--paths 3]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, paths: { type: 'string', default: '3' } },
});
const file = positionals[0];
if (!file || !values.name) throw new Error('usage: retainers.mjs <file> --name <node name>');
const snapshot = JSON.parse(readFileSync(file, 'utf8'));
const { meta } = snapshot.snapshot;
const nodeFields = /** @type {string[]} */ (meta.node_fields);
const edgeFields = /** @type {string[]} */ (meta.edge_fields);
const nodeTypes = /** @type {string[]} */ (meta.node_types[0]);
const edgeTypes = /** @type {string[]} */ (meta.edge_types[0]);
const NW = nodeFields.length;
const EW = edgeFields.length;
const nodes = /** @type {number[]} */ (snapshot.nodes);
const edges = /** @type {number[]} */ (snapshot.edges);
const strings = /** @type {string[]} */ (snapshot.strings);
const iName = nodeFields.indexOf('name');
const iType = nodeFields.indexOf('type');
const iEdges = nodeFields.indexOf('edge_count');
const eType = edgeFields.indexOf('type');
const eName = edgeFields.indexOf('name_or_index');
const eTo = edgeFields.indexOf('to_node');
const count = nodes.length / NW;

// Reverse edges: for each node (by ordinal), who points at it and through which edge.
/** @type {number[][]} */
const from = Array.from({ length: count }, () => []);
for (let n = 0, e = 0; n < count; n++) {
  const k = nodes[n * NW + iEdges] ?? 0;
  for (let j = 0; j < k; j++, e += EW) {
    if (edgeTypes[edges[e + eType] ?? 0] === 'weak') continue;
    from[(edges[e + eTo] ?? 0) / NW]?.push(n, e);
  }
}
const label = (/** @type {number} */ n) =>
  `${nodeTypes[nodes[n * NW + iType] ?? 0]}:${strings[nodes[n * NW + iName] ?? 0]}`.slice(0, 120);
const edgeLabel = (/** @type {number} */ e) => {
  const type = edgeTypes[edges[e + eType] ?? 0];
  const v = edges[e + eName] ?? 0;
  return type === 'element' || type === 'hidden' ? `[${v}]` : `.${strings[v]}`;
};

const targets = [];
for (let n = 0; n < count && targets.length < Number(values.paths); n++) {
  if (strings[nodes[n * NW + iName] ?? 0] === values.name) targets.push(n);
}
for (const target of targets) {
  // Breadth-first towards the root (node 0), through retainers.
  /** @type {Map<number, [number, number]>} */
  const via = new Map([[target, [-1, -1]]]);
  let frontier = [target];
  let found = -1;
  while (frontier.length > 0 && found < 0) {
    const next = [];
    for (const n of frontier) {
      const list = from[n] ?? [];
      for (let i = 0; i < list.length; i += 2) {
        const r = list[i] ?? 0;
        if (via.has(r)) continue;
        via.set(r, [n, list[i + 1] ?? 0]);
        if (r === 0) found = r;
        next.push(r);
      }
    }
    frontier = next;
  }
  console.log(`\n${label(target)} (#${target})`);
  if (found < 0) {
    console.log('  not reachable from the root');
    continue;
  }
  for (let n = found; n !== target;) {
    const [child, edge] = via.get(n) ?? [-1, -1];
    console.log(`  ${label(n)} ${edgeLabel(edge)} ->`);
    n = child;
  }
}
